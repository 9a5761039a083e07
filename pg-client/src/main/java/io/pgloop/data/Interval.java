package io.pgloop.data;

import java.time.Duration;

/**
 * A value of PostgreSQL's {@code interval}: months, days and microseconds, kept apart as the server
 * keeps them, because a month has no fixed number of days and a day no fixed number of hours across
 * a daylight-saving change. Each part has its own sign ({@code -1 days +02:00:00}).
 *
 * <p>Reading an interval column as a {@link Duration} works when it has no months (a day counts 24
 * hours); binding a Duration sends it as microseconds only.
 *
 * @param months the months (a year is 12)
 * @param days the days
 * @param microseconds the time part, in microseconds; may exceed a day
 */
public record Interval(int months, int days, long microseconds) {

  /** The zero interval. */
  public static final Interval ZERO = new Interval(0, 0, 0);

  /**
   * The interval of a Duration, as microseconds only (nanoseconds rounded to the nearest
   * microsecond, half up).
   *
   * @throws ArithmeticException when the duration does not fit a long count of microseconds
   */
  public static Interval of(Duration duration) {
    long micros = Math.multiplyExact(duration.getSeconds(), 1_000_000L);
    return new Interval(0, 0, Math.addExact(micros, (duration.getNano() + 500) / 1000));
  }

  /**
   * This interval as a Duration, a day counting 24 hours.
   *
   * @throws ArithmeticException when the interval has months, which have no fixed length
   */
  public Duration toDuration() {
    if (months != 0) {
      throw new ArithmeticException("interval of " + months + " months has no fixed duration");
    }
    return Duration.ofDays(days).plusNanos(Math.multiplyExact(microseconds, 1000L));
  }
}
