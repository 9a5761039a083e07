package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.data.Range;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A multirange type (PostgreSQL 14+), as an unmodifiable {@code List<Range<T>>} of its ranges in
 * the server's order, each read and written by the range codec. Encodes a List of Ranges.
 */
@SuppressWarnings("rawtypes")
final class MultirangeCodec extends BaseCodec<List> {

  private final RangeCodec range;

  MultirangeCodec(String name, int oid, int arrayOid, RangeCodec range) {
    super(name, oid, arrayOid, List.class);
    this.range = range;
  }

  @Override
  public boolean supportsBinary() {
    return range.supportsBinary();
  }

  /** Never chosen from a Java value: a List binds as an array. Declare the type in SQL instead. */
  @Override
  public boolean canEncode(Object value) {
    return false;
  }

  @Override
  public List coerce(Object value) {
    if (!(value instanceof List<?> list)) {
      throw cannotEncode(value);
    }
    List<Range> ranges = new ArrayList<>(list.size());
    for (Object r : list) {
      ranges.add(range.coerce(r));
    }
    return ranges;
  }

  /*
   * Binary layout (multirange_send):
   *   int32 range count
   *   per range: int32 length | the range's binary form (see RangeCodec)
   */
  @Override
  @SuppressWarnings("unchecked")
  public void encodeBinary(List value, ByteBuf out) {
    out.writeInt(value.size());
    for (Range r : (List<Range>) value) {
      int at = out.writerIndex();
      out.writeInt(0);
      range.encodeBinary(r, out);
      out.setInt(at, out.writerIndex() - at - 4);
    }
  }

  @Override
  public List decodeBinary(ByteBuf buf, int index, int length) {
    int end = index + length;
    if (length < 4) {
      throw invalid(length + " bytes");
    }
    int count = buf.getInt(index);
    int at = index + 4;
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = at + 4 <= end ? buf.getInt(at) : -1;
      if (n < 0 || at + 4 + n > end) {
        throw invalid("range " + (i + 1) + " overruns the value");
      }
      ranges.add(range.decodeBinary(buf, at + 4, n));
      at += 4 + n;
    }
    return List.copyOf(ranges);
  }

  @Override
  @SuppressWarnings("unchecked")
  public String encodeText(List value) {
    StringBuilder sb = new StringBuilder("{");
    for (Range r : (List<Range>) value) {
      sb.append(sb.length() > 1 ? "," : "").append(range.encodeText(r));
    }
    return sb.append('}').toString();
  }

  /** Splits {@code {[1,3),[5,7)}} at the commas between ranges, outside quotes. */
  @Override
  public List decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length).trim();
    if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
      throw invalid("\"" + s + "\"");
    }
    List<Range> ranges = new ArrayList<>();
    boolean quoted = false;
    int start = 1;
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ']' || c == ')')) {
        byte[] bytes = s.substring(start, i + 1).trim().getBytes(StandardCharsets.UTF_8);
        ranges.add(range.decodeText(Unpooled.wrappedBuffer(bytes), 0, bytes.length));
        int comma = s.indexOf(',', i + 1);
        start = comma < 0 ? s.length() - 1 : comma + 1;
        i = start - 1;
      }
    }
    return List.copyOf(ranges);
  }
}
