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
 * while it is built and read, and every young collection meanwhile copies them. Here it holds the
 * buffer of each row (the decoder shares one buffer among the neighbouring rows of a read, so these
 * are a few hundred distinct objects), in segments (see {@link SegmentedArray}), and the start and
 * end of each body in an array of ints, which the collector neither scans nor keeps alive with what
 * it refers to. A row made on access dies young, which costs the collector nothing. A small result
 * keeps its rows as they are, which allocates less: the builder switches to ranges at {@link
 * #KEPT_FROM} rows.
 *
 * <p>Filled on the event loop, then published with the result and only read.
 */
final class RowRanges {

  /** The number of rows from which a result keeps ranges rather than rows. */
  static final int KEPT_FROM = 64;

  private final SegmentedArray<ByteBuf> buffers = new SegmentedArray<>();
  private int[] bounds;

  private RowRanges(int capacity) {
    bounds = new int[capacity * 2];
  }

  /** The ranges of {@code rows}, each a {@link RowImpl}, with room for as many more. */
  static RowRanges of(SegmentedArray<Object> rows) {
    int size = rows.size();
    RowRanges ranges = new RowRanges(size * 2);
    for (int i = 0; i < size; i++) {
      RowImpl row = (RowImpl) rows.get(i);
      ranges.add(row.buffer(), row.start(), row.end());
    }
    return ranges;
  }

  /** Keeps the body of {@code row}; the message itself is not kept. */
  void add(DataRow row) {
    add(row.buffer(), row.start(), row.end());
  }

  private void add(ByteBuf buffer, int start, int end) {
    int size = buffers.size();
    if (2 * size == bounds.length) {
      bounds = Arrays.copyOf(bounds, size * 4);
    }
    buffers.add(buffer);
    bounds[2 * size] = start;
    bounds[2 * size + 1] = end;
  }

  int size() {
    return buffers.size();
  }

  /** A new view of row {@code index} (0-based, below {@link #size()}). */
  Row row(RowDesc desc, int index) {
    return new RowImpl(desc, buffers.get(index), bounds[2 * index], bounds[2 * index + 1]);
  }
}
