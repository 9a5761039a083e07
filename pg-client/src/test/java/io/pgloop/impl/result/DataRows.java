package io.pgloop.impl.result;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.ColumnDescriptor;
import java.nio.charset.StandardCharsets;

/** Builds DataRow payloads and column descriptions by hand, as the server would send them. */
final class DataRows {

  private DataRows() {}

  static ColumnDescriptor text(String name, int oid) {
    return new ColumnDescriptor(name, 0, (short) 0, oid, (short) -1, -1, ColumnDescriptor.TEXT);
  }

  static ColumnDescriptor binary(String name, int oid) {
    return new ColumnDescriptor(name, 0, (short) 0, oid, (short) -1, -1, ColumnDescriptor.BINARY);
  }

  /**
   * A payload of values: a String is written as UTF-8, a byte[] as it is, null as NULL. Unpooled
   * and wrapped over an array, as the connection hands rows over: nobody releases it.
   */
  static ByteBuf row(Object... values) {
    ByteBuf buf = Unpooled.buffer();
    buf.writeShort(values.length);
    for (Object v : values) {
      if (v == null) {
        buf.writeInt(-1);
      } else {
        byte[] bytes =
            v instanceof byte[] ? (byte[]) v : ((String) v).getBytes(StandardCharsets.UTF_8);
        buf.writeInt(bytes.length).writeBytes(bytes);
      }
    }
    byte[] copy = new byte[buf.readableBytes()];
    buf.readBytes(copy);
    buf.release();
    return Unpooled.wrappedBuffer(copy);
  }
}
