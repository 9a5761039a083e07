package io.pgloop.impl.result;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.ColumnDescriptor;
import io.pgloop.impl.protocol.backend.DataRow;
import java.nio.charset.StandardCharsets;

/** Builds DataRow payloads and column descriptions by hand, as the server would send them. */
final class DataRows {

  /** What surrounds a row in its buffer: a column count and lengths no row of a test has. */
  private static final byte[] NEIGHBOUR = {0, 9, 0x7f, 0x7f, 0x7f, 0x7f, -1, -1, -1, -2};

  private DataRows() {}

  static ColumnDescriptor text(String name, int oid) {
    return new ColumnDescriptor(name, 0, (short) 0, oid, (short) -1, -1, ColumnDescriptor.TEXT);
  }

  static ColumnDescriptor binary(String name, int oid) {
    return new ColumnDescriptor(name, 0, (short) 0, oid, (short) -1, -1, ColumnDescriptor.BINARY);
  }

  /**
   * A row of values: a String is written as UTF-8, a byte[] as it is, null as NULL. Its body sits
   * between bytes of other rows in an unpooled array, as the connection hands rows over: a row that
   * read outside its own range would read them. Nobody releases it.
   */
  static DataRow row(Object... values) {
    ByteBuf buf = Unpooled.buffer();
    buf.writeBytes(NEIGHBOUR);
    int start = buf.writerIndex();
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
    int end = buf.writerIndex();
    buf.writeBytes(NEIGHBOUR);
    byte[] copy = new byte[buf.readableBytes()];
    buf.readBytes(copy);
    buf.release();
    return new DataRow(Unpooled.wrappedBuffer(copy), start, end);
  }
}
