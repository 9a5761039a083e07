package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * DataRow ('D'): one row, kept as its bytes. Columns are not split out here: the row that wraps
 * this message finds and decodes a column only when it is read.
 *
 * <p>The buffer is an unpooled heap copy of the body, so it needs no release and pins no network
 * buffer however long the row lives. Its layout, from index 0:
 *
 * <pre>
 *   Int16 n | n x { Int32 length (-1 = NULL) | Byte(length) value }
 * </pre>
 *
 * The decoder has checked that the column lengths add up to the body's size, so a reader that walks
 * them stays inside the buffer.
 */
public final class DataRow implements BackendMessage {

  /** The index of the first column's length in {@link #payload()}. */
  public static final int FIRST_COLUMN_OFFSET = 2;

  private final ByteBuf payload;

  /** Wraps a row body laid out as in the class comment; the buffer is not copied. */
  public DataRow(ByteBuf payload) {
    this.payload = payload;
  }

  /** The row's body; read it with absolute getters (its indexes are not to be moved). */
  public ByteBuf payload() {
    return payload;
  }

  /** The number of columns. */
  public int columnCount() {
    return payload.getUnsignedShort(0);
  }

  static DataRow decode(ByteBuf body) {
    int end = body.writerIndex();
    int count = body.getUnsignedShort(body.readerIndex());
    // A long, so that a huge column length cannot wrap the sum around.
    long offset = body.readerIndex() + FIRST_COLUMN_OFFSET;
    // One pass over the lengths, so that no later read of a column can run off the row.
    for (int i = 0; i < count; i++) {
      if (offset + 4 > end) {
        throw new MalformedMessageException("column " + i + " of " + count + " is truncated");
      }
      int length = body.getInt((int) offset);
      if (length < -1) {
        throw new MalformedMessageException("column " + i + " has length " + length);
      }
      offset += 4L + Math.max(length, 0);
      if (offset > end) {
        throw new MalformedMessageException("column " + i + " of " + count + " is truncated");
      }
    }
    if (offset != end) {
      throw new MalformedMessageException(
          (end - offset) + " bytes follow the last of " + count + " columns");
    }
    byte[] bytes = new byte[body.readableBytes()];
    body.readBytes(bytes);
    return new DataRow(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public String toString() {
    return "DataRow[" + ByteBufUtil.hexDump(payload) + "]";
  }
}
