package io.pgloop.impl.connection;

import io.pgloop.Tuple;
import io.pgloop.data.PgValue;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.spi.PgCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of a one-row INSERT run in its set-based form ({@link BatchInsertSql}): the tuples go in
 * chunks of {@link #ROWS_PER_STATEMENT}, each chunk one execution whose parameters are arrays
 * ({@link BatchColumn}). Used when the connection has {@code rewrite_batched_inserts} on and the
 * statement is prepared, so that the server has declared its parameter types.
 *
 * @param sql the set-based statement
 * @param types its parameter types: the arrays of the original statement's
 * @param chunks one tuple of {@link BatchColumn}s per execution
 */
record BatchInsert(String sql, int[] types, List<Tuple> chunks) {

  /**
   * Rows per execution of the set-based statement: large enough that the per-statement cost of the
   * server vanishes, small enough that a chunk of wide rows stays far from the 1 GB limit of a
   * message.
   */
  static final int ROWS_PER_STATEMENT = 1_000;

  /**
   * The set-based form of a batch of {@code statement}, or null when it has none: a statement of
   * another shape, a parameter type that has no array type or no binary codec (arrays included:
   * unnest would flatten them), or a value that would not travel in binary as its type (a String
   * for a uuid, which the server must parse).
   */
  static BatchInsert of(
      NamedStatement statement,
      List<Tuple> executions,
      CodecRegistry codecs,
      boolean standardConformingStrings) {
    int[] elementTypes = statement.parameterTypes();
    String sql = statement.batchInsertSql(standardConformingStrings);
    if (sql == null || !sized(executions, elementTypes.length)) {
      // A tuple of the wrong size fails as it would unrewritten, with the server's error.
      return null;
    }
    int[] arrayTypes = new int[elementTypes.length];
    for (int p = 0; p < elementTypes.length; p++) {
      arrayTypes[p] = arrayType(elementTypes[p], codecs);
      if (arrayTypes[p] == 0 || !allBinary(executions, p, elementTypes[p], codecs)) {
        return null;
      }
    }
    List<Tuple> chunks = new ArrayList<>(executions.size() / ROWS_PER_STATEMENT + 1);
    for (int from = 0; from < executions.size(); from += ROWS_PER_STATEMENT) {
      int to = Math.min(executions.size(), from + ROWS_PER_STATEMENT);
      Object[] columns = new Object[elementTypes.length];
      for (int p = 0; p < columns.length; p++) {
        columns[p] = new BatchColumn(executions, from, to, p, elementTypes[p]);
      }
      chunks.add(Tuple.of(columns));
    }
    return new BatchInsert(sql, arrayTypes, chunks);
  }

  private static int arrayType(int elementType, CodecRegistry codecs) {
    if (elementType == 0 || !codecs.hasBinary(elementType)) {
      return 0;
    }
    PgCodec<?> element = codecs.byOid(elementType);
    int array = element.arrayTypeOid();
    return array != 0 && codecs.hasBinary(array) ? array : 0;
  }

  private static boolean allBinary(
      List<Tuple> executions, int parameter, int type, CodecRegistry codecs) {
    for (int row = 0, n = executions.size(); row < n; row++) {
      Object value = executions.get(row).getValue(parameter);
      if (value instanceof PgValue typed) {
        value = typed.value();
      }
      if (value != null && !codecs.binaryParameter(value, type)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sized(List<Tuple> executions, int size) {
    for (int row = 0, n = executions.size(); row < n; row++) {
      if (executions.get(row).size() != size) {
        return false;
      }
    }
    return true;
  }
}
