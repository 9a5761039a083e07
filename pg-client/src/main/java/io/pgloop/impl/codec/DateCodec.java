package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.time.LocalDate;

/**
 * {@code date} (OID 1082), decoded as {@link LocalDate}. PostgreSQL's {@code infinity} and {@code
 * -infinity} decode as {@link LocalDate#MAX} and {@link LocalDate#MIN}, and those two encode as the
 * infinities (the mapping vertx-pg-client uses).
 *
 * <p>Binary: int32 days since 2000-01-01; {@code 0x7FFFFFFF} is infinity, {@code 0x80000000}
 * -infinity. Text: {@code 2024-02-29}, {@code 0044-03-15 BC}, {@code infinity}.
 */
final class DateCodec extends BaseCodec<LocalDate> {

  DateCodec() {
    super("date", 1082, 1182, LocalDate.class);
  }

  @Override
  public void encodeBinary(LocalDate value, ByteBuf out) {
    if (value.equals(LocalDate.MAX)) {
      out.writeInt(Integer.MAX_VALUE);
    } else if (value.equals(LocalDate.MIN)) {
      out.writeInt(Integer.MIN_VALUE);
    } else {
      long days = value.toEpochDay() - PgEpoch.EPOCH_DAY;
      if (days <= Integer.MIN_VALUE || days >= Integer.MAX_VALUE) {
        throw doesNotFit(value);
      }
      out.writeInt((int) days);
    }
  }

  @Override
  public LocalDate decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 4);
    int days = buf.getInt(index);
    if (days == Integer.MAX_VALUE) {
      return LocalDate.MAX;
    } else if (days == Integer.MIN_VALUE) {
      return LocalDate.MIN;
    }
    return LocalDate.ofEpochDay(days + PgEpoch.EPOCH_DAY);
  }

  @Override
  public String encodeText(LocalDate value) {
    if (value.equals(LocalDate.MAX)) {
      return "infinity";
    } else if (value.equals(LocalDate.MIN)) {
      return "-infinity";
    }
    StringBuilder sb = new StringBuilder(13);
    if (TemporalText.appendDate(sb, value)) {
      sb.append(" BC");
    }
    return sb.toString();
  }

  @Override
  public LocalDate decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    switch (s) {
      case "infinity":
        return LocalDate.MAX;
      case "-infinity":
        return LocalDate.MIN;
      default:
        TemporalText t = new TemporalText(this, s);
        t.dateFields();
        boolean bc = t.bc();
        t.end();
        return t.date(bc);
    }
  }
}
