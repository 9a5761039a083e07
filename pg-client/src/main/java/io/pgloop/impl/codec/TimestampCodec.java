package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.time.LocalDateTime;

/**
 * {@code timestamp} (OID 1114, without time zone), decoded as {@link LocalDateTime}. {@code
 * infinity} and {@code -infinity} decode as {@link LocalDateTime#MAX} and {@link
 * LocalDateTime#MIN}, and those two encode as the infinities. Nanoseconds are rounded to
 * microseconds (see {@link PgEpoch}).
 *
 * <p>Binary: int64 microseconds since 2000-01-01 00:00; {@code Long.MAX_VALUE} is infinity, {@code
 * Long.MIN_VALUE} -infinity. Text: {@code 2024-02-29 13:05:09.5}, {@code 0044-03-15 12:00:00 BC}.
 */
final class TimestampCodec extends BaseCodec<LocalDateTime> {

  TimestampCodec() {
    super("timestamp", 1114, 1115, LocalDateTime.class);
  }

  @Override
  public void encodeBinary(LocalDateTime value, ByteBuf out) {
    out.writeLong(micros(this, value));
  }

  /** The wire value of a date-time, infinities included, or an error naming the codec. */
  static long micros(BaseCodec<?> codec, LocalDateTime value) {
    if (value.equals(LocalDateTime.MAX)) {
      return Long.MAX_VALUE;
    } else if (value.equals(LocalDateTime.MIN)) {
      return Long.MIN_VALUE;
    }
    try {
      long micros = PgEpoch.micros(value);
      if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
        throw codec.doesNotFit(value);
      }
      return micros;
    } catch (ArithmeticException e) {
      throw codec.doesNotFit(value);
    }
  }

  @Override
  public LocalDateTime decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 8);
    return localDateTime(buf.getLong(index));
  }

  /** The date-time of a wire value, infinities included. */
  static LocalDateTime localDateTime(long micros) {
    if (micros == Long.MAX_VALUE) {
      return LocalDateTime.MAX;
    } else if (micros == Long.MIN_VALUE) {
      return LocalDateTime.MIN;
    }
    return PgEpoch.localDateTime(micros);
  }

  @Override
  public String encodeText(LocalDateTime value) {
    if (value.equals(LocalDateTime.MAX)) {
      return "infinity";
    } else if (value.equals(LocalDateTime.MIN)) {
      return "-infinity";
    }
    StringBuilder sb = new StringBuilder(32);
    boolean bc = append(sb, PgEpoch.localDateTime(micros(this, value)));
    return bc ? sb.append(" BC").toString() : sb.toString();
  }

  /** Appends the date and time (already rounded) and reports whether the year is BC. */
  static boolean append(StringBuilder sb, LocalDateTime rounded) {
    boolean bc = TemporalText.appendDate(sb, rounded.toLocalDate());
    sb.append(' ');
    TemporalText.appendTime(sb, rounded.toLocalTime().toNanoOfDay() / 1000);
    return bc;
  }

  @Override
  public LocalDateTime decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    switch (s) {
      case "infinity":
        return LocalDateTime.MAX;
      case "-infinity":
        return LocalDateTime.MIN;
      default:
        TemporalText t = new TemporalText(this, s);
        t.dateFields();
        if (!t.space()) {
          throw invalid("\"" + s + "\"");
        }
        java.time.LocalTime time = t.time();
        boolean bc = t.bc();
        t.end();
        return LocalDateTime.of(t.date(bc), time);
    }
  }
}
