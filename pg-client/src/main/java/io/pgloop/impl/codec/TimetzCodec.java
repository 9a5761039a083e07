package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;

/**
 * {@code timetz} (OID 1266), decoded as {@link OffsetTime} with the offset the value was stored
 * with. Nanoseconds are rounded to microseconds (see {@link PgEpoch}).
 *
 * <p>Text: {@code 13:05:09.5+05:30}.
 */
final class TimetzCodec extends BaseCodec<OffsetTime> {

  TimetzCodec() {
    super("timetz", 1266, 1270, OffsetTime.class);
  }

  /*
   * Wire layout:
   *   int64 microseconds since midnight | int32 zone offset in seconds WEST of UTC
   * (PostgreSQL's sign convention is the opposite of ISO 8601: +05:30 is sent as -19800).
   */
  @Override
  public void encodeBinary(OffsetTime value, ByteBuf out) {
    out.writeLong(PgEpoch.microsOfDay(value.toLocalTime()));
    out.writeInt(-value.getOffset().getTotalSeconds());
  }

  @Override
  public OffsetTime decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 12);
    long micros = buf.getLong(index);
    int zone = buf.getInt(index + 8);
    if (micros < 0 || micros > PgEpoch.MICROS_PER_DAY || Math.abs(zone) > 18 * 3600) {
      throw invalid(micros + " microseconds, zone " + zone);
    }
    return OffsetTime.of(PgEpoch.localTime(micros), ZoneOffset.ofTotalSeconds(-zone));
  }

  @Override
  public String encodeText(OffsetTime value) {
    StringBuilder sb = new StringBuilder(24);
    TemporalText.appendTime(sb, PgEpoch.microsOfDay(value.toLocalTime()));
    TemporalText.appendOffset(sb, value.getOffset());
    return sb.toString();
  }

  @Override
  public OffsetTime decodeText(ByteBuf buf, int index, int length) {
    TemporalText t = new TemporalText(this, utf8(buf, index, length));
    LocalTime time = t.time();
    ZoneOffset offset = t.offset();
    t.end();
    return OffsetTime.of(time, offset);
  }
}
