package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * DataRow ('D'): one row, kept as its bytes. Columns are not split out here: the row that wraps
 * this message finds and decodes a column only when it is read.
 *
 * <p>The buffer is a heap copy of the body, so it needs no release and pins no network buffer
 * however long the row lives; the decoder copies a run of consecutive rows at once, so it may be a
 * slice of an array shared with its neighbours (see {@link MessageRun}). Its layout, from index 0:
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
    DataRow row = decode(body, body.readerIndex(), body.writerIndex());
    body.readerIndex(body.writerIndex());
    return row;
  }

  /**
   * Checks and copies the body in {@code in[from, to)} without moving any index of {@code in}.
   *
   * @throws IndexOutOfBoundsException when the body is shorter than its column count
   * @throws MalformedMessageException when the column lengths do not add up to the body
   */
  static DataRow decode(ByteBuf in, int from, int to) {
    if (from + FIRST_COLUMN_OFFSET > to) {
      throw new IndexOutOfBoundsException("no column count");
    }
    check(in, from, to);
    byte[] bytes = new byte[to - from];
    in.getBytes(from, bytes);
    return new DataRow(Unpooled.wrappedBuffer(bytes));
  }

  /**
   * Checks the body in {@code in[from, to)}, at least its column count long, in one pass over the
   * column lengths, so that no later read of a column can run off the row.
   *
   * @throws MalformedMessageException when the column lengths do not add up to the body
   */
  static void check(ByteBuf in, int from, int to) {
    String problem = problem(in, from, to);
    if (problem != null) {
      throw new MalformedMessageException(problem);
    }
  }

  /** Whether the body in {@code in[from, to)} is a well-formed row: see {@link #check}. */
  static boolean isValid(ByteBuf in, int from, int to) {
    return from + FIRST_COLUMN_OFFSET <= to && problem(in, from, to) == null;
  }

  /** What is wrong with the body in {@code in[from, to)}, or null when its columns add up. */
  private static String problem(ByteBuf in, int from, int to) {
    int count = in.getUnsignedShort(from);
    // A long, so that a huge column length cannot wrap the sum around.
    long offset = from + FIRST_COLUMN_OFFSET;
    for (int i = 0; i < count; i++) {
      if (offset + 4 > to) {
        return "column " + i + " of " + count + " is truncated";
      }
      int length = in.getInt((int) offset);
      if (length < -1) {
        return "column " + i + " has length " + length;
      }
      offset += 4L + Math.max(length, 0);
      if (offset > to) {
        return "column " + i + " of " + count + " is truncated";
      }
    }
    if (offset != to) {
      return (to - offset) + " bytes follow the last of " + count + " columns";
    }
    return null;
  }

  @Override
  public String toString() {
    return "DataRow[" + ByteBufUtil.hexDump(payload) + "]";
  }
}
