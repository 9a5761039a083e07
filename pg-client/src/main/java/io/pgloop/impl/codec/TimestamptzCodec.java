package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * {@code timestamptz} (OID 1184), decoded as {@link OffsetDateTime} at UTC whatever the session's
 * TimeZone, so that results do not depend on the server's settings. {@code infinity} and {@code
 * -infinity} decode as {@link OffsetDateTime#MAX} and {@link OffsetDateTime#MIN}.
 *
 * <p>Accepts an OffsetDateTime, an {@link Instant} or a {@link ZonedDateTime} (the instant is what
 * is stored); {@code OffsetDateTime.MAX/MIN} and {@code Instant.MAX/MIN} encode as the infinities.
 * Nanoseconds are rounded to microseconds (see {@link PgEpoch}).
 *
 * <p>Binary: int64 microseconds since 2000-01-01T00:00Z, infinities as for {@code timestamp}. Text:
 * {@code 2024-02-29 13:05:09.5+01}, {@code 0044-03-15 12:00:00+00 BC} (BC after the offset).
 */
final class TimestamptzCodec extends BaseCodec<OffsetDateTime> {

  TimestamptzCodec() {
    super("timestamptz", 1184, 1185, OffsetDateTime.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof OffsetDateTime
        || value instanceof Instant
        || value instanceof ZonedDateTime;
  }

  @Override
  public OffsetDateTime coerce(Object value) {
    if (value instanceof OffsetDateTime) {
      return (OffsetDateTime) value;
    } else if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toOffsetDateTime();
    } else if (value instanceof Instant) {
      Instant i = (Instant) value;
      return i.equals(Instant.MAX)
          ? OffsetDateTime.MAX
          : i.equals(Instant.MIN) ? OffsetDateTime.MIN : i.atOffset(ZoneOffset.UTC);
    }
    throw cannotEncode(value);
  }

  @Override
  public void encodeBinary(OffsetDateTime value, ByteBuf out) {
    out.writeLong(micros(value));
  }

  private long micros(OffsetDateTime value) {
    if (value.equals(OffsetDateTime.MAX)) {
      return Long.MAX_VALUE;
    } else if (value.equals(OffsetDateTime.MIN)) {
      return Long.MIN_VALUE;
    }
    LocalDateTime utc;
    try {
      utc = value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (java.time.DateTimeException e) {
      throw doesNotFit(value);
    }
    return TimestampCodec.micros(this, utc);
  }

  @Override
  public OffsetDateTime decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 8);
    long micros = buf.getLong(index);
    if (micros == Long.MAX_VALUE) {
      return OffsetDateTime.MAX;
    } else if (micros == Long.MIN_VALUE) {
      return OffsetDateTime.MIN;
    }
    return PgEpoch.localDateTime(micros).atOffset(ZoneOffset.UTC);
  }

  /** Renders in the value's own offset, rounded to microseconds. */
  @Override
  public String encodeText(OffsetDateTime value) {
    if (value.equals(OffsetDateTime.MAX)) {
      return "infinity";
    } else if (value.equals(OffsetDateTime.MIN)) {
      return "-infinity";
    }
    LocalDateTime local =
        PgEpoch.localDateTime(micros(value) + value.getOffset().getTotalSeconds() * 1_000_000L);
    StringBuilder sb = new StringBuilder(40);
    boolean bc = TimestampCodec.append(sb, local);
    TemporalText.appendOffset(sb, value.getOffset());
    return bc ? sb.append(" BC").toString() : sb.toString();
  }

  @Override
  public OffsetDateTime decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    switch (s) {
      case "infinity":
        return OffsetDateTime.MAX;
      case "-infinity":
        return OffsetDateTime.MIN;
      default:
        TemporalText t = new TemporalText(this, s);
        t.dateFields();
        if (!t.space()) {
          throw invalid("\"" + s + "\"");
        }
        LocalTime time = t.time();
        ZoneOffset offset = t.offset();
        boolean bc = t.bc();
        t.end();
        return t.date(bc).atTime(time).atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC);
    }
  }
}
