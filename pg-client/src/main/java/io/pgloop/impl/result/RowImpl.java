package io.pgloop.impl.result;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.Row;
import io.pgloop.impl.codec.PrimitiveValues;
import io.pgloop.impl.protocol.backend.DataRow;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A {@link Row} that is a view over the payload of one DataRow message: nothing is decoded until a
 * column is read, and then only that column.
 *
 * <p>The bytes are a heap array nobody releases, which the row may share with its neighbours in the
 * result: the row reads its own range of it with absolute getters.
 *
 * <p>A column is found by walking the lengths before it. A row of up to {@link #WALK_LIMIT} columns
 * remembers where the last read column starts, so that reading the columns in order walks each
 * length once, and allocates nothing: a result of many narrow rows keeps no array per row for the
 * garbage collector to copy. A wider row, which may be read by name in any order, finds every
 * column's offset in one pass on its first read and keeps them. The row is meant to be read by one
 * thread at a time; a race between two readers only repeats the same work, since the remembered
 * position is one 64-bit value and the offsets array is published whole.
 */
public final class RowImpl implements Row {

  /** The widest row that finds its columns by walking rather than with an array of offsets. */
  static final int WALK_LIMIT = 16;

  private final RowDesc desc;
  private final ByteBuf payload;
  private final int start;
  private final int end;

  /**
   * Narrow rows: the last column found, as {@code index << 32 | offset of its length}; 0 before the
   * first read (no column's length is at offset 0 of a body, which starts with the count).
   */
  @SuppressWarnings("unused") // accessed through CURSOR
  private long cursor;

  /** Wide rows: the offset of every column's length, found on the first read. */
  @SuppressWarnings("unused") // accessed through OFFSETS
  private int[] offsets;

  private static final VarHandle CURSOR;
  private static final VarHandle OFFSETS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      CURSOR = lookup.findVarHandle(RowImpl.class, "cursor", long.class);
      OFFSETS = lookup.findVarHandle(RowImpl.class, "offsets", int[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * A row over a DataRow's body.
   *
   * @param desc the columns, shared by the rows of one result
   * @param row the message, whose body is laid out as {@link #scan()} says
   */
  public RowImpl(RowDesc desc, DataRow row) {
    this(desc, row.buffer(), row.start(), row.end());
  }

  /**
   * A row over the DataRow body in {@code payload[start, end)}, read with absolute getters only:
   * the buffer may hold the neighbouring rows too.
   */
  public RowImpl(RowDesc desc, ByteBuf payload, int start, int end) {
    this.desc = desc;
    this.payload = payload;
    this.start = start;
    this.end = end;
  }

  /** The buffer that holds this row's body. */
  ByteBuf buffer() {
    return payload;
  }

  /** The index in {@link #buffer()} of the body's first byte. */
  int start() {
    return start;
  }

  /** The index in {@link #buffer()} after the body's last byte. */
  int end() {
    return end;
  }

  @Override
  public int size() {
    return desc.size();
  }

  @Override
  public String getColumnName(int index) {
    checkIndex(index);
    return desc.column(index).name();
  }

  @Override
  public int getColumnIndex(String name) {
    return desc.indexOf(name);
  }

  @Override
  public boolean isNull(int index) {
    return payload.getInt(offset(index)) < 0;
  }

  @Override
  public Object getValue(int index) {
    int at = offset(index);
    int length = payload.getInt(at);
    if (length < 0) {
      return null;
    }
    ColumnDescriptor c = desc.column(index);
    try {
      return desc.registry().decode(c.typeOid(), c.format(), payload, at + 4, length);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(desc.label(index) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public <T> T get(Class<T> type, int index) {
    int at = offset(index);
    int length = payload.getInt(at);
    if (length < 0) {
      return null;
    }
    ColumnDescriptor c = desc.column(index);
    try {
      return desc.registry().decode(c.typeOid(), c.format(), payload, at + 4, length, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(desc.label(index) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int intValue(int index) {
    int at = nonNull(index);
    ColumnDescriptor c = desc.column(index);
    try {
      return PrimitiveValues.intValue(
          desc.registry(), c.typeOid(), c.format(), payload, at + 4, payload.getInt(at));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(desc.label(index) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long longValue(int index) {
    int at = nonNull(index);
    ColumnDescriptor c = desc.column(index);
    try {
      return PrimitiveValues.longValue(
          desc.registry(), c.typeOid(), c.format(), payload, at + 4, payload.getInt(at));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(desc.label(index) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public double doubleValue(int index) {
    int at = nonNull(index);
    ColumnDescriptor c = desc.column(index);
    try {
      return PrimitiveValues.doubleValue(
          desc.registry(), c.typeOid(), c.format(), payload, at + 4, payload.getInt(at));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(desc.label(index) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean booleanValue(int index) {
    int at = nonNull(index);
    ColumnDescriptor c = desc.column(index);
    try {
      return PrimitiveValues.booleanValue(
          desc.registry(), c.typeOid(), c.format(), payload, at + 4, payload.getInt(at));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(desc.label(index) + ": " + e.getMessage(), e);
    }
  }

  /** The offset of a column that must not be NULL, for the primitive accessors. */
  private int nonNull(int index) {
    int at = offset(index);
    if (payload.getInt(at) < 0) {
      throw new NullPointerException(desc.label(index) + " is NULL");
    }
    return at;
  }

  /** The absolute index of the int32 length of a column. */
  private int offset(int index) {
    checkIndex(index);
    if (desc.size() > WALK_LIMIT) {
      int[] o = (int[]) OFFSETS.getAcquire(this);
      if (o == null) {
        o = scan();
        OFFSETS.setRelease(this, o);
      }
      return o[index];
    }
    long last = (long) CURSOR.getOpaque(this);
    int column;
    int at;
    if (last == 0 || (int) (last >>> 32) > index) {
      column = 0;
      at = first();
    } else {
      column = (int) (last >>> 32);
      at = (int) last;
    }
    for (; column < index; column++) {
      at = next(at, column);
    }
    next(at, index);
    CURSOR.setOpaque(this, (long) index << 32 | at);
    return at;
  }

  /**
   * The offset after the column whose length is at {@code at}, checked against the row's end: the
   * decoder checks a row's lengths as it frames it, but a row made any other way is checked here.
   */
  private int next(int at, int column) {
    if (at + 4 > end) {
      throw new IllegalStateException("DataRow ends inside the length of column " + column);
    }
    int after = at + 4 + Math.max(payload.getInt(at), 0);
    if (after > end || after < at) {
      throw new IllegalStateException("DataRow ends inside the value of column " + column);
    }
    return after;
  }

  /*
   * Wire layout of the DataRow payload:
   *   int16 column count
   *   per column: int32 length (-1 for NULL) | length bytes of the value
   */

  /** The index of the first column's length, once the column count is checked. */
  private int first() {
    int count = payload.getShort(start);
    if (count != desc.size()) {
      throw new IllegalStateException(
          "DataRow has " + count + " columns, RowDescription " + desc.size());
    }
    return start + 2;
  }

  private int[] scan() {
    int at = first();
    int count = desc.size();
    int[] o = new int[count];
    for (int i = 0; i < count; i++) {
      o[i] = at;
      at = next(at, i);
    }
    return o;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= desc.size()) {
      throw new IndexOutOfBoundsException(
          "column index " + index + " out of range: the row has " + desc.size() + " columns");
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Row[");
    for (int i = 0; i < size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(getColumnName(i)).append('=').append(getString(i));
    }
    return sb.append(']').toString();
  }
}
