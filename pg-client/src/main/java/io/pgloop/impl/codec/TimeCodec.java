package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.time.LocalTime;

/**
 * {@code time} (OID 1083), decoded as {@link LocalTime}. PostgreSQL's {@code 24:00:00} decodes as
 * {@link LocalTime#MAX}, which encodes back as {@code 24:00:00}. Nanoseconds are rounded to
 * microseconds (see {@link PgEpoch}).
 *
 * <p>Binary: int64 microseconds since midnight. Text: {@code 13:05:09.5}.
 */
final class TimeCodec extends BaseCodec<LocalTime> {

  TimeCodec() {
    super("time", 1083, 1183, LocalTime.class);
  }

  @Override
  public void encodeBinary(LocalTime value, ByteBuf out) {
    out.writeLong(PgEpoch.microsOfDay(value));
  }

  @Override
  public LocalTime decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 8);
    long micros = buf.getLong(index);
    if (micros < 0 || micros > PgEpoch.MICROS_PER_DAY) {
      throw invalid(micros + " microseconds");
    }
    return PgEpoch.localTime(micros);
  }

  @Override
  public String encodeText(LocalTime value) {
    StringBuilder sb = new StringBuilder(15);
    TemporalText.appendTime(sb, PgEpoch.microsOfDay(value));
    return sb.toString();
  }

  @Override
  public LocalTime decodeText(ByteBuf buf, int index, int length) {
    TemporalText t = new TemporalText(this, utf8(buf, index, length));
    LocalTime time = t.time();
    t.end();
    return time;
  }
}
