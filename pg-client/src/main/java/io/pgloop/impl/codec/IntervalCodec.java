package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.Interval;
import java.time.Duration;

/**
 * {@code interval} (OID 1186), decoded as {@link Interval}; accepts an Interval or a {@link
 * Duration} (sent as microseconds only).
 *
 * <p>Text is PostgreSQL's default {@code IntervalStyle = postgres}: {@code 1 year 2 mons -3 days
 * +04:05:06.5}, each part with its own sign, the time part present when non-zero or when all parts
 * are zero ({@code 00:00:00}). Other interval styles are not read. PostgreSQL 17's {@code infinity}
 * and {@code -infinity} are the intervals whose three parts are all at their maximum, or all at
 * their minimum ({@link #INFINITY}, {@link #MINUS_INFINITY}).
 */
final class IntervalCodec extends BaseCodec<Interval> {

  /** PostgreSQL 17's {@code infinity} interval. */
  static final Interval INFINITY =
      new Interval(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

  /** PostgreSQL 17's {@code -infinity} interval. */
  static final Interval MINUS_INFINITY =
      new Interval(Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE);

  IntervalCodec() {
    super("interval", 1186, 1187, Interval.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof Interval || value instanceof Duration;
  }

  @Override
  public Interval coerce(Object value) {
    if (value instanceof Duration) {
      try {
        return Interval.of((Duration) value);
      } catch (ArithmeticException e) {
        throw doesNotFit(value);
      }
    }
    return super.coerce(value);
  }

  /*
   * Wire layout:
   *   int64 microseconds | int32 days | int32 months
   */
  @Override
  public void encodeBinary(Interval value, ByteBuf out) {
    out.writeLong(value.microseconds()).writeInt(value.days()).writeInt(value.months());
  }

  @Override
  public Interval decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 16);
    return new Interval(buf.getInt(index + 12), buf.getInt(index + 8), buf.getLong(index));
  }

  /** Writes the text as PostgreSQL's EncodeInterval does for IntervalStyle postgres. */
  @Override
  public String encodeText(Interval value) {
    if (value.equals(INFINITY)) {
      return "infinity";
    } else if (value.equals(MINUS_INFINITY)) {
      return "-infinity";
    }
    StringBuilder sb = new StringBuilder(40);
    // A field after a negative one gets an explicit "+", so that signs stay unambiguous.
    boolean[] state = {true, false}; // {nothing written yet, previous field negative}
    part(sb, value.months() / 12, "year", state);
    part(sb, value.months() % 12, "mon", state);
    part(sb, value.days(), "day", state);
    long micros = value.microseconds();
    if (state[0] || micros != 0) {
      if (!state[0]) {
        sb.append(' ');
      }
      sb.append(micros < 0 ? "-" : state[1] ? "+" : "");
      long abs = Math.abs(micros);
      long hours = abs / 3_600_000_000L;
      sb.append(hours < 10 ? "0" : "").append(hours).append(':');
      // Minutes, seconds and fraction as for a time of day; hours may exceed 24.
      StringBuilder rest = new StringBuilder(16);
      TemporalText.appendTime(rest, abs % 3_600_000_000L);
      sb.append(rest, 3, rest.length());
    }
    return sb.toString();
  }

  private static void part(StringBuilder sb, long value, String unit, boolean[] state) {
    if (value == 0) {
      return;
    }
    sb.append(state[0] ? "" : " ").append(state[1] && value > 0 ? "+" : "").append(value);
    sb.append(' ').append(unit).append(value != 1 ? "s" : "");
    state[0] = false;
    state[1] = value < 0;
  }

  @Override
  public Interval decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    if (s.equals("infinity")) {
      return INFINITY;
    } else if (s.equals("-infinity")) {
      return MINUS_INFINITY;
    }
    long months = 0;
    long days = 0;
    long micros = 0;
    String[] tokens = s.split(" ");
    try {
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[i];
        if (t.indexOf(':') >= 0) {
          micros = time(t);
        } else if (i + 1 < tokens.length) {
          long n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
          switch (tokens[++i]) {
            case "year", "years" -> months += 12 * n;
            case "mon", "mons" -> months += n;
            case "day", "days" -> days += n;
            default -> throw invalid("\"" + s + "\"");
          }
        } else {
          throw invalid("\"" + s + "\"");
        }
      }
      return new Interval(Math.toIntExact(months), Math.toIntExact(days), micros);
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid("\"" + s + "\"");
    }
  }

  /** Reads {@code [+-]H+:MM:SS[.ffffff]}; hours may have any number of digits. */
  private long time(String t) {
    int sign = t.startsWith("-") ? -1 : 1;
    String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    String[] parts = body.split(":");
    if (parts.length != 3 || parts[1].length() != 2 || parts[2].length() < 2) {
      throw invalid("\"" + t + "\"");
    }
    long hours = Long.parseLong(parts[0]);
    long minutes = Long.parseLong(parts[1]);
    java.math.BigDecimal seconds = new java.math.BigDecimal(parts[2]);
    long micros = seconds.movePointRight(6).longValueExact();
    long total =
        Math.addExact(Math.multiplyExact(hours, 3_600_000_000L), minutes * 60_000_000L + micros);
    return sign * total;
  }
}
