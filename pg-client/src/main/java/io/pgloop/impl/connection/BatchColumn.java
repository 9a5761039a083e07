package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.ParameterEncodingException;
import io.pgloop.Tuple;
import io.pgloop.data.PgValue;
import io.pgloop.impl.codec.CodecRegistry;
import java.util.List;

/**
 * One parameter of a range of a batch's tuples, bound as a one-dimensional binary array of the
 * parameter's type (the parameter of a {@link BatchInsertSql} statement). {@link ParameterBinder}
 * writes it straight from the tuples, with no array built in between.
 */
final class BatchColumn {

  private final List<Tuple> executions;
  private final int from;
  private final int to;
  private final int parameter;
  private final int elementType;

  /**
   * @param from the first tuple, inclusive
   * @param to the last tuple, exclusive
   * @param parameter the index of the parameter in each tuple
   * @param elementType its type OID, whose codec reads binary
   */
  BatchColumn(List<Tuple> executions, int from, int to, int parameter, int elementType) {
    this.executions = executions;
    this.from = from;
    this.to = to;
    this.parameter = parameter;
    this.elementType = elementType;
  }

  /*
   * array_send: int32 ndim | int32 flags (1 when there is a NULL) | int32 element OID
   *   | int32 length | int32 lower bound | per element: int32 length (-1 for NULL), bytes
   */
  /**
   * Writes the array.
   *
   * @throws ParameterEncodingException naming the parameter and the row, when a value cannot be
   *     encoded as the parameter's type
   */
  void write(ByteBuf out, CodecRegistry codecs) {
    boolean hasNull = false;
    for (int row = from; row < to && !hasNull; row++) {
      hasNull = value(row) == null;
    }
    out.writeInt(1).writeInt(hasNull ? 1 : 0).writeInt(elementType).writeInt(to - from).writeInt(1);
    for (int row = from; row < to; row++) {
      Object value = value(row);
      if (value == null) {
        out.writeInt(-1);
        continue;
      }
      int at = out.writerIndex();
      out.writeInt(0);
      try {
        codecs.encodeParameter(value, elementType, true, out);
      } catch (IllegalArgumentException e) {
        throw new ParameterEncodingException(
            parameter + 1, "tuple " + (row + 1) + " of the batch: " + e.getMessage(), e);
      }
      out.setInt(at, out.writerIndex() - at - 4);
    }
  }

  private Object value(int row) {
    Object value = executions.get(row).getValue(parameter);
    return value instanceof PgValue typed ? typed.value() : value;
  }
}
