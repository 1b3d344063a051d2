package dev.banmian.samples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The control for thread scaling: a loop of arithmetic that touches no memory and shares nothing, so that its
 * {@code -t 2} against {@code -t 1} is what two threads can get on the machine at that moment (two free cores give
 * close to 2). Run it beside a stage benchmark with the same thread counts:
 * {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main "CpuLoopControl|PipelineBenchmark.extract" -t 2}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CpuLoopControl {
  private long seed = 0x9E3779B97F4A7C15L;

  /**
   * A million rounds of a xorshift generator.
   *
   * @return the last value, so that the loop is not removed
   */
  @Benchmark
  public long spin() {
    long x = seed;
    for (int i = 0; i < 1_000_000; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    seed = x;
    return x;
  }
}
