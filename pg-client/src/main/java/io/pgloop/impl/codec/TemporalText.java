package io.pgloop.impl.codec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Reads and writes the text forms of dates and times that PostgreSQL writes with {@code DateStyle =
 * ISO}: {@code 2024-02-29}, {@code 13:05:09.5}, {@code +05:30}, and a {@code BC} suffix for years
 * before 1 (year 0 of Java's proleptic calendar is {@code 0001 BC}). Years have at least four
 * digits and may have more.
 *
 * <p>A parser is a cursor over one value: create it, read the parts in order, then {@link #end()}.
 */
final class TemporalText {

  private final BaseCodec<?> codec;
  private final String s;
  private int pos;
  private int year;
  private int month;
  private int day;

  TemporalText(BaseCodec<?> codec, String s) {
    this.codec = codec;
    this.s = s;
  }

  /**
   * Reads {@code YYYY-MM-DD}. The date is built by {@link #date(boolean)} once the {@code BC}
   * suffix, which comes last, is known: February 29 of 5 BC exists, of year 5 not.
   */
  void dateFields() {
    year = number(4, 9);
    expect('-');
    month = number(2, 2);
    expect('-');
    day = number(2, 2);
  }

  /** The date read by {@link #dateFields()}, in the era given. */
  LocalDate date(boolean bc) {
    try {
      return LocalDate.of(bc ? 1 - year : year, month, day);
    } catch (java.time.DateTimeException e) {
      throw fail();
    }
  }

  /** Reads {@code HH:MM:SS[.ffffff]}; {@code 24:00:00} reads as {@link LocalTime#MAX}. */
  LocalTime time() {
    int hour = number(2, 2);
    expect(':');
    int minute = number(2, 2);
    expect(':');
    int second = number(2, 2);
    int nanos = 0;
    if (pos < s.length() && s.charAt(pos) == '.') {
      pos++;
      int start = pos;
      int digits = number(1, 9);
      for (int i = pos - start; i < 9; i++) {
        digits *= 10;
      }
      nanos = digits;
    }
    if (hour == 24 && minute == 0 && second == 0 && nanos == 0) {
      return LocalTime.MAX;
    }
    try {
      return LocalTime.of(hour, minute, second, nanos);
    } catch (java.time.DateTimeException e) {
      throw fail();
    }
  }

  /** Reads {@code +HH[:MM[:SS]]} or {@code -HH[:MM[:SS]]}. */
  ZoneOffset offset() {
    if (pos >= s.length() || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) {
      throw fail();
    }
    int sign = s.charAt(pos++) == '-' ? -1 : 1;
    int seconds = number(2, 2) * 3600;
    if (pos < s.length() && s.charAt(pos) == ':') {
      pos++;
      seconds += number(2, 2) * 60;
      if (pos < s.length() && s.charAt(pos) == ':') {
        pos++;
        seconds += number(2, 2);
      }
    }
    return ZoneOffset.ofTotalSeconds(sign * seconds);
  }

  /** Whether a space comes next (followed by more), consuming it. */
  boolean space() {
    if (pos < s.length() && s.charAt(pos) == ' ') {
      pos++;
      return true;
    }
    return false;
  }

  /** Reads an optional trailing {@code " BC"}. */
  boolean bc() {
    if (s.startsWith(" BC", pos)) {
      pos += 3;
      return true;
    }
    return false;
  }

  /** Fails unless the whole text was read. */
  void end() {
    if (pos != s.length()) {
      throw fail();
    }
  }

  private int number(int minDigits, int maxDigits) {
    int start = pos;
    int value = 0;
    while (pos < s.length() && pos - start < maxDigits) {
      char c = s.charAt(pos);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      pos++;
    }
    if (pos - start < minDigits) {
      throw fail();
    }
    return value;
  }

  private void expect(char c) {
    if (pos >= s.length() || s.charAt(pos) != c) {
      throw fail();
    }
    pos++;
  }

  private IllegalArgumentException fail() {
    return codec.invalid("\"" + s + "\"");
  }

  /** Appends {@code YYYY-MM-DD} (with at least four year digits) and reports whether BC. */
  static boolean appendDate(StringBuilder sb, LocalDate date) {
    int year = date.getYear();
    boolean bc = year <= 0;
    String y = Integer.toString(bc ? 1 - year : year);
    for (int i = y.length(); i < 4; i++) {
      sb.append('0');
    }
    sb.append(y).append('-');
    two(sb, date.getMonthValue()).append('-');
    two(sb, date.getDayOfMonth());
    return bc;
  }

  /** Appends {@code HH:MM:SS} and the microseconds without trailing zeros. */
  static void appendTime(StringBuilder sb, long microsOfDay) {
    long seconds = microsOfDay / 1_000_000;
    int micros = (int) (microsOfDay % 1_000_000);
    two(sb, (int) (seconds / 3600)).append(':');
    two(sb, (int) (seconds / 60 % 60)).append(':');
    two(sb, (int) (seconds % 60));
    if (micros != 0) {
      String f = Integer.toString(1_000_000 + micros);
      int end = f.length();
      while (f.charAt(end - 1) == '0') {
        end--;
      }
      sb.append('.').append(f, 1, end);
    }
  }

  /** Appends an offset as PostgreSQL writes it: {@code +05}, {@code +05:30}, {@code -03:25:52}. */
  static void appendOffset(StringBuilder sb, ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    sb.append(total < 0 ? '-' : '+');
    int abs = Math.abs(total);
    two(sb, abs / 3600);
    if (abs % 3600 != 0) {
      two(sb.append(':'), abs / 60 % 60);
      if (abs % 60 != 0) {
        two(sb.append(':'), abs % 60);
      }
    }
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
