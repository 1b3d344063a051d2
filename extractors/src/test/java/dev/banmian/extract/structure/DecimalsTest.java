package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {
  @ParameterizedTest
  @ValueSource(doubles = {0, 0.005, 0.015, 0.125, 0.285, 0.995, 0.999, 1.005, 1e-5, -0.285, 12.345, -0.0, 1e7, 3.5e12,
      Double.NaN, Double.POSITIVE_INFINITY})
  void writesWhatFormatWrites(double d) {
    assertEquals(String.format(Locale.ROOT, "%.2f", d), Decimals.twoPlaces(d));
  }

  @Property
  void writesWhatFormatWritesForConfidences(@ForAll @DoubleRange(min = 0, max = 1) double d) {
    assertEquals(String.format(Locale.ROOT, "%.2f", d), Decimals.twoPlaces(d));
  }

  @Property
  void writesWhatFormatWritesForAnyNumber(@ForAll double d) {
    assertEquals(String.format(Locale.ROOT, "%.2f", d), Decimals.twoPlaces(d));
  }
}
