package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * DataRow ('D'): one row, kept as its bytes. Columns are not split out here: the row that wraps
 * this message finds and decodes a column only when it is read.
 *
 * <p>The bytes are a heap copy of the body, so they need no release and pin no network buffer
 * however long the row lives. The decoder copies a run of consecutive rows at once, so the body is
 * usually a range of an array shared with its neighbours (see {@link MessageRun}): {@link
 * #buffer()} from {@link #start()} to {@link #end()}, read with absolute getters. A row holds the
 * range rather than a slice of it: a slice would cost an object per row, and every read through it
 * a check of the shared buffer behind it. The body's layout, from {@link #start()}:
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

  private final ByteBuf buffer;
  private final int start;
  private final int end;

  /** Wraps a row body, the readable bytes of {@code payload}; the buffer is not copied. */
  public DataRow(ByteBuf payload) {
    this(payload, payload.readerIndex(), payload.writerIndex());
  }

  /** Wraps the row body in {@code buffer[start, end)}; the buffer is not copied. */
  public DataRow(ByteBuf buffer, int start, int end) {
    this.buffer = buffer;
    this.start = start;
    this.end = end;
  }

  /** The buffer that holds the body, and maybe its neighbours': read it with absolute getters. */
  public ByteBuf buffer() {
    return buffer;
  }

  /** The index in {@link #buffer()} of the body's first byte (its column count). */
  public int start() {
    return start;
  }

  /** The index in {@link #buffer()} after the body's last byte. */
  public int end() {
    return end;
  }

  /** The body as a buffer of its own, from index 0: a slice, made on each call. */
  public ByteBuf payload() {
    return buffer.slice(start, end - start);
  }

  /** The number of columns. */
  public int columnCount() {
    return buffer.getUnsignedShort(start);
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
    return "DataRow[" + ByteBufUtil.hexDump(buffer, start, end - start) + "]";
  }
}
