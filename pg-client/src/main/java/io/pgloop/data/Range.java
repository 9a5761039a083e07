package io.pgloop.data;

/**
 * A value of a PostgreSQL range type ({@code int4range}, {@code daterange}, {@code tstzrange}, a
 * user's range type...): a lower and an upper bound, each inclusive or exclusive, or absent
 * (unbounded, written as null), or the empty range.
 *
 * <p>The server normalizes discrete ranges: {@code [1,5]} of int4range comes back as {@code [1,6)},
 * which is not {@link #equals} to what was sent. A bound that is an element type's own infinity (a
 * date's {@code infinity}, {@link java.time.LocalDate#MAX}) is a bound, not an absent one.
 *
 * @param lower the lower bound, or null when unbounded below (and for the empty range)
 * @param upper the upper bound, or null when unbounded above (and for the empty range)
 * @param lowerInclusive whether the lower bound belongs to the range (false when unbounded)
 * @param upperInclusive whether the upper bound belongs to the range (false when unbounded)
 * @param isEmpty whether this is the empty range, which contains nothing
 * @param <T> the element type
 */
public record Range<T>(
    T lower, T upper, boolean lowerInclusive, boolean upperInclusive, boolean isEmpty) {

  /** Keeps absent bounds exclusive and the empty range without bounds, so that equals works. */
  public Range {
    if (isEmpty) {
      lower = null;
      upper = null;
      lowerInclusive = false;
      upperInclusive = false;
    }
    lowerInclusive &= lower != null;
    upperInclusive &= upper != null;
  }

  /** The empty range. */
  public static <T> Range<T> empty() {
    return new Range<>(null, null, false, false, true);
  }

  /**
   * The range {@code [lower, upper)}, the form the server gives discrete ranges; null bounds are
   * absent.
   */
  public static <T> Range<T> closedOpen(T lower, T upper) {
    return new Range<>(lower, upper, true, false, false);
  }

  /** The range {@code [lower, upper]}; null bounds are absent. */
  public static <T> Range<T> closed(T lower, T upper) {
    return new Range<>(lower, upper, true, true, false);
  }

  /** The range {@code (lower, upper)}; null bounds are absent. */
  public static <T> Range<T> open(T lower, T upper) {
    return new Range<>(lower, upper, false, false, false);
  }

  /** The range with the given bounds; a null bound is absent. */
  public static <T> Range<T> of(T lower, boolean lowerInclusive, T upper, boolean upperInclusive) {
    return new Range<>(lower, upper, lowerInclusive, upperInclusive, false);
  }

  /** The range in PostgreSQL's text form, each bound as its {@code toString}: {@code [1,5)}. */
  @Override
  public String toString() {
    if (isEmpty) {
      return "empty";
    }
    return (lowerInclusive ? "[" : "(")
        + (lower == null ? "" : quote(lower.toString()))
        + ","
        + (upper == null ? "" : quote(upper.toString()))
        + (upperInclusive ? "]" : ")");
  }

  /** A bound in quotes when range_in would otherwise misread it; quotes and backslashes doubled. */
  private static String quote(String s) {
    boolean needs = s.isEmpty();
    for (int i = 0; i < s.length() && !needs; i++) {
      needs = "\"\\()[],".indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i));
    }
    if (!needs) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append(c);
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }
}
