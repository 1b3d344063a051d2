package dev.banmian.model;

import dev.banmian.text.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The point in time a news item reports, as printed in its lead.
 *
 * <p>{@code 新华社北京9月8日电} gives month 9, day 8, place {@code 北京}, agency {@code 新华社};
 * {@code 近日} gives relative {@code 近日}.
 *
 * @param raw the expression as printed, spaces kept ({@code 9 月 8 日下午})
 * @param year the printed year, if any
 * @param month the printed month, if any
 * @param day the printed day, if any
 * @param relative the vague expression ({@code 近日}, {@code 日前}, {@code 昨天}...), if that is what was printed
 * @param place the place of an agency dateline ({@code 北京}), if any
 * @param agency the agency of an agency dateline ({@code 新华社}), if any
 * @param resolved the calendar date, when an issue date was given and the expression can be resolved
 * @param span the expression's extent: offsets into the parsed string, or into the raw page text
 *     when the dateline comes from a page extraction
 */
public record Dateline(
    String raw,
    OptionalInt year,
    OptionalInt month,
    OptionalInt day,
    Optional<String> relative,
    Optional<String> place,
    Optional<String> agency,
    Optional<LocalDate> resolved,
    Span span) {
  /**
   * Validates the fields.
   *
   * @param raw the expression as printed, spaces kept ({@code 9 月 8 日下午})
   * @param year the printed year, if any
   * @param month the printed month, if any
   * @param day the printed day, if any
   * @param relative the vague expression ({@code 近日}, {@code 日前}, {@code 昨天}...), if that is what was printed
   * @param place the place of an agency dateline ({@code 北京}), if any
   * @param agency the agency of an agency dateline ({@code 新华社}), if any
   * @param resolved the calendar date, when an issue date was given and the expression can be resolved
   * @param span the expression's extent: offsets into the parsed string, or into the raw page text when the dateline comes from a page extraction
   */
  public Dateline {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(relative, "relative");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(span, "span");
  }
}
