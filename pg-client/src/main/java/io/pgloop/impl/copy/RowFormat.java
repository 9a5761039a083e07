package io.pgloop.impl.copy;

import io.netty.buffer.ByteBuf;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;

/**
 * Formats the rows of a COPY FROM STDIN into its data stream, in the COPY's format. Each value is
 * written as the type declared for its column, or else as the type its Java class binds to as a
 * query parameter. Not thread-safe: one per COPY, used on its event loop.
 */
public abstract sealed class RowFormat permits TextRowFormat, BinaryRowFormat {

  final CodecRegistry codecs;
  private final int[] declaredOids;

  RowFormat(CodecRegistry codecs, int[] declaredOids) {
    this.codecs = codecs;
    this.declaredOids = declaredOids;
  }

  /**
   * The format of a COPY.
   *
   * @param binary whether the COPY is binary (else text)
   * @param declaredOids the type of each column, or null to take each value's own type
   */
  public static RowFormat of(boolean binary, CodecRegistry codecs, int[] declaredOids) {
    return binary
        ? new BinaryRowFormat(codecs, declaredOids)
        : new TextRowFormat(codecs, declaredOids);
  }

  /**
   * Appends one row to {@code out}. On an error nothing of the row stays in {@code out}.
   *
   * @throws IllegalArgumentException {@code column 2: cannot encode java.lang.String as int4}, or a
   *     row whose size is not the number of declared types
   */
  public final void writeRow(Tuple row, ByteBuf out) {
    int start = out.writerIndex();
    int count = row.size();
    if (declaredOids != null && count != declaredOids.length) {
      throw new IllegalArgumentException(
          "the row has "
              + count
              + " values, "
              + declaredOids.length
              + " column types are declared");
    }
    int column = 0;
    try {
      beginRow(count, out);
      for (; column < count; column++) {
        Object value = row.getValue(column);
        writeValue(column, value, value == null ? 0 : oid(column, value), out);
      }
      endRow(out);
    } catch (IllegalArgumentException e) {
      out.writerIndex(start);
      throw new IllegalArgumentException("column " + (column + 1) + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      out.writerIndex(start);
      throw e;
    }
  }

  /** Appends what ends the data (the binary trailer), when a row was written. */
  public abstract void finish(ByteBuf out);

  abstract void beginRow(int columns, ByteBuf out);

  /** Appends one value, null for SQL NULL, as type {@code oid} (0: a text-like value). */
  abstract void writeValue(int column, Object value, int oid, ByteBuf out);

  abstract void endRow(ByteBuf out);

  private int oid(int column, Object value) {
    return declaredOids != null ? declaredOids[column] : codecs.parameterTypeOid(value);
  }
}
