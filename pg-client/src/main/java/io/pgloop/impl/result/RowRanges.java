package io.pgloop.impl.result;

import io.netty.buffer.ByteBuf;
import io.pgloop.Row;
import io.pgloop.impl.protocol.backend.DataRow;
import java.util.Arrays;

/**
 * The rows of a large result kept as where their DataRow bodies lie, a {@link Row} made over the
 * bytes on each access.
 *
 * <p>Why not keep the rows themselves: a result of 200,000 rows then holds 200,000 row objects
 * while it is built and read, and every young collection meanwhile copies them. Here it holds three
 * arrays: the buffer of each row (the decoder shares one buffer among the neighbouring rows of a
 * read, so these are a few hundred distinct objects) and the start and end of each body. A row made
 * on access dies young, which costs the collector nothing. A small result keeps its rows as they
 * are, which allocates less: the builder switches to ranges at {@link #KEPT_FROM} rows.
 *
 * <p>Filled on the event loop, then published with the result and only read.
 */
final class RowRanges {

  /** The number of rows from which a result keeps ranges rather than rows. */
  static final int KEPT_FROM = 64;

  private ByteBuf[] buffers;
  private int[] bounds;
  private int size;

  private RowRanges(int capacity) {
    buffers = new ByteBuf[capacity];
    bounds = new int[capacity * 2];
  }

  /**
   * The ranges of the rows in {@code rows[0..size)}, each a {@link RowImpl}, with room for more.
   */
  static RowRanges of(Object[] rows, int size) {
    RowRanges ranges = new RowRanges(size * 2);
    for (int i = 0; i < size; i++) {
      RowImpl row = (RowImpl) rows[i];
      ranges.add(row.buffer(), row.start(), row.end());
    }
    return ranges;
  }

  /** Keeps the body of {@code row}; the message itself is not kept. */
  void add(DataRow row) {
    add(row.buffer(), row.start(), row.end());
  }

  private void add(ByteBuf buffer, int start, int end) {
    if (size == buffers.length) {
      buffers = Arrays.copyOf(buffers, size * 2);
      bounds = Arrays.copyOf(bounds, size * 4);
    }
    buffers[size] = buffer;
    bounds[2 * size] = start;
    bounds[2 * size + 1] = end;
    size++;
  }

  int size() {
    return size;
  }

  /** A new view of row {@code index} (0-based, below {@link #size()}). */
  Row row(RowDesc desc, int index) {
    return new RowImpl(desc, buffers[index], bounds[2 * index], bounds[2 * index + 1]);
  }
}
