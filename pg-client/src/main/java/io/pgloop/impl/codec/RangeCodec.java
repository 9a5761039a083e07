package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.data.Range;
import io.pgloop.spi.PgCodec;
import java.nio.charset.StandardCharsets;

/**
 * A range type over an element codec, as a {@link Range} of the element's Java type: the built-in
 * {@code int4range}, {@code int8range}, {@code numrange}, {@code daterange}, {@code tsrange} and
 * {@code tstzrange}. Each bound is encoded and decoded by the element codec, in either format.
 */
@SuppressWarnings("rawtypes")
final class RangeCodec extends BaseCodec<Range> {

  private static final int EMPTY = 0x01;
  private static final int LB_INC = 0x02;
  private static final int UB_INC = 0x04;
  private static final int LB_INF = 0x08;
  private static final int UB_INF = 0x10;

  private final PgCodec<Object> element;

  @SuppressWarnings("unchecked")
  RangeCodec(String name, int oid, int arrayOid, PgCodec<?> element) {
    super(name, oid, arrayOid, Range.class);
    this.element = (PgCodec<Object>) element;
  }

  /** The codec of the bounds. */
  PgCodec<Object> element() {
    return element;
  }

  @Override
  public boolean supportsBinary() {
    return element.supportsBinary();
  }

  /** A range whose present bounds the element codec takes (an empty or unbounded one always). */
  @Override
  public boolean canEncode(Object value) {
    return value instanceof Range<?> r
        && (r.lower() == null || element.canEncode(r.lower()))
        && (r.upper() == null || element.canEncode(r.upper()));
  }

  @Override
  public Range coerce(Object value) {
    if (!(value instanceof Range<?> r)) {
      throw cannotEncode(value);
    }
    if (r.isEmpty()) {
      return r;
    }
    Object lower = r.lower() == null ? null : element.coerce(r.lower());
    Object upper = r.upper() == null ? null : element.coerce(r.upper());
    return Range.of(lower, r.lowerInclusive(), upper, r.upperInclusive());
  }

  /*
   * Binary layout (range_send):
   *   uint8 flags: 0x01 empty, 0x02 lower inclusive, 0x04 upper inclusive,
   *                0x08 no lower bound, 0x10 no upper bound
   *   unless empty or unbounded below: int32 length | lower bound bytes
   *   unless empty or unbounded above: int32 length | upper bound bytes
   */
  @Override
  public void encodeBinary(Range value, ByteBuf out) {
    if (value.isEmpty()) {
      out.writeByte(EMPTY);
      return;
    }
    int flags =
        (value.lowerInclusive() ? LB_INC : 0)
            | (value.upperInclusive() ? UB_INC : 0)
            | (value.lower() == null ? LB_INF : 0)
            | (value.upper() == null ? UB_INF : 0);
    out.writeByte(flags);
    for (Object bound : new Object[] {value.lower(), value.upper()}) {
      if (bound != null) {
        int at = out.writerIndex();
        out.writeInt(0);
        element.encodeBinary(bound, out);
        out.setInt(at, out.writerIndex() - at - 4);
      }
    }
  }

  @Override
  public Range decodeBinary(ByteBuf buf, int index, int length) {
    if (length < 1) {
      throw invalid("no flags");
    }
    int flags = buf.getByte(index);
    if ((flags & EMPTY) != 0) {
      return Range.empty();
    }
    int at = index + 1;
    int end = index + length;
    Object[] bounds = new Object[2];
    int[] absent = {LB_INF, UB_INF};
    for (int i = 0; i < 2; i++) {
      if ((flags & absent[i]) == 0) {
        if (at + 4 > end || at + 4 + buf.getInt(at) > end || buf.getInt(at) < 0) {
          throw invalid((i == 0 ? "lower" : "upper") + " bound overruns the value");
        }
        int n = buf.getInt(at);
        bounds[i] = element.decodeBinary(buf, at + 4, n);
        at += 4 + n;
      }
    }
    return Range.of(bounds[0], (flags & LB_INC) != 0, bounds[1], (flags & UB_INC) != 0);
  }

  @Override
  public String encodeText(Range value) {
    if (value.isEmpty()) {
      return "empty";
    }
    return (value.lowerInclusive() ? "[" : "(")
        + (value.lower() == null ? "" : bound(value.lower()))
        + ","
        + (value.upper() == null ? "" : bound(value.upper()))
        + (value.upperInclusive() ? "]" : ")");
  }

  private String bound(Object value) {
    return RangeText.quote(element.encodeText(value));
  }

  @Override
  public Range decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    if (s.trim().equalsIgnoreCase("empty")) {
      return Range.empty();
    }
    String[] parts = RangeText.parse(s, typeName());
    Object[] bounds = new Object[2];
    for (int i = 0; i < 2; i++) {
      if (parts[i + 1] != null) {
        byte[] bytes = parts[i + 1].getBytes(StandardCharsets.UTF_8);
        bounds[i] = element.decodeText(Unpooled.wrappedBuffer(bytes), 0, bytes.length);
      }
    }
    return Range.of(bounds[0], parts[0].charAt(0) == '[', bounds[1], parts[0].charAt(1) == ']');
  }
}
