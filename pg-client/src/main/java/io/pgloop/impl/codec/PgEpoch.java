package io.pgloop.impl.codec;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Conversions between java.time and PostgreSQL's binary temporal values, which count from
 * 2000-01-01 00:00 in microseconds (timestamps, times) or days (dates).
 *
 * <p>Java keeps nanoseconds, PostgreSQL microseconds: encoding rounds to the nearest microsecond, a
 * half (500 ns) upward, as PostgreSQL rounds a fraction with more than six digits written in text.
 * So text and binary parameters of one value always agree.
 */
final class PgEpoch {

  /** 2000-01-01 as a day of the Java epoch (1970-01-01). */
  static final long EPOCH_DAY = 10_957;

  /** 2000-01-01T00:00Z as a second of the Java epoch. */
  static final long EPOCH_SECOND = 946_684_800L;

  /** Microseconds in a day; {@code 24:00:00} of PostgreSQL's time is this many. */
  static final long MICROS_PER_DAY = 86_400_000_000L;

  private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();

  /** The last date computed, kept because rows of one result often share their day. */
  private record Day(long epochDay, LocalDate date) {}

  // Shared by every thread: a Day is immutable, so a thread sees either a whole one or another.
  private static Day lastDay = new Day(EPOCH_DAY, LocalDate.ofEpochDay(EPOCH_DAY));

  private PgEpoch() {}

  /**
   * Microseconds from 2000-01-01 00:00 to a date-time taken at UTC, rounded.
   *
   * @throws ArithmeticException when the count does not fit a long (about ±292,000 years)
   */
  static long micros(LocalDateTime value) {
    long seconds = value.toEpochSecond(ZoneOffset.UTC) - EPOCH_SECOND;
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), (value.getNano() + 500) / 1000);
  }

  /** The date-time (as at UTC) so many microseconds after 2000-01-01 00:00. */
  static LocalDateTime localDateTime(long micros) {
    long seconds = Math.floorDiv(micros, 1_000_000L) + EPOCH_SECOND;
    long nanos = Math.floorMod(micros, 1_000_000L) * 1000L;
    long epochDay = Math.floorDiv(seconds, 86_400L);
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      // Out of Java's range: let the JDK say so.
      return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
    }
    long secondOfDay = Math.floorMod(seconds, 86_400L);
    return LocalDateTime.of(
        date(epochDay), LocalTime.ofNanoOfDay(secondOfDay * 1_000_000_000L + nanos));
  }

  /** The date of an epoch day: LocalDate.ofEpochDay's civil calendar arithmetic, cached once. */
  private static LocalDate date(long epochDay) {
    Day day = lastDay;
    if (day.epochDay != epochDay) {
      day = new Day(epochDay, LocalDate.ofEpochDay(epochDay));
      lastDay = day;
    }
    return day.date;
  }

  /**
   * Microseconds since midnight, rounded; a value rounded up past 23:59:59.999999 (such as {@link
   * LocalTime#MAX}) gives {@code 24:00:00}, which PostgreSQL's time accepts.
   */
  static long microsOfDay(LocalTime value) {
    return (value.toNanoOfDay() + 500) / 1000;
  }

  /** The time so many microseconds after midnight; {@code 24:00:00} gives {@link LocalTime#MAX}. */
  static LocalTime localTime(long micros) {
    if (micros == MICROS_PER_DAY) {
      return LocalTime.MAX;
    }
    return LocalTime.ofNanoOfDay(micros * 1000);
  }

  /** The date-time rounded to microseconds, as the server will store it. */
  static LocalDateTime rounded(LocalDateTime value) {
    return localDateTime(micros(value));
  }
}
