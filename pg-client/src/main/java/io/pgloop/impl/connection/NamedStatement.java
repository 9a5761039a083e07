package io.pgloop.impl.connection;

import io.pgloop.ColumnDescriptor;
import io.pgloop.PgException;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.result.RowDesc;

/**
 * A statement prepared on the server under a name: automatically by the {@link StatementCache}, or
 * explicitly by {@code PgConnection.prepare}.
 *
 * <p>Its life: created when a command decides to prepare it; the first command that writes it sends
 * Parse and Describe('S') ({@link #markParseSent}); the replies to that Describe fill in the
 * parameter types and the columns ({@link #describe}). Commands written after the Parse may bind to
 * the name before the description has come back: the server runs them in order, so by the time
 * their own replies arrive the description has been read.
 *
 * <p>Event loop only.
 */
final class NamedStatement {

  private static final ColumnDescriptor[] NO_COLUMNS = {};

  final String name;
  final String sql;
  private final int[] declaredTypes;
  private boolean parseSent;
  private boolean valid = true;
  private PgException parseError;
  private int[] parameterTypes;
  private ColumnDescriptor[] columns;
  private short[] resultFormats;
  private ColumnDescriptor[] resultColumns;
  private RowDesc rowDesc;
  private String batchInsertSql;
  private boolean batchInsertChecked;

  NamedStatement(String name, String sql, int[] declaredTypes) {
    this.name = name;
    this.sql = sql;
    this.declaredTypes = declaredTypes;
  }

  /** The parameter types sent in Parse (0 lets the server infer); null for none. */
  int[] declaredTypes() {
    return declaredTypes;
  }

  /** Whether no command has written the Parse of this statement yet. */
  boolean needsParse() {
    return !parseSent;
  }

  void markParseSent() {
    parseSent = true;
  }

  /** Whether the statement may still be used: not dropped from its cache nor failed to parse. */
  boolean isValid() {
    return valid;
  }

  void invalidate() {
    valid = false;
  }

  /** Records why the Parse of this statement failed; null until it has. */
  void parseFailedWith(PgException error) {
    parseError = error;
  }

  /**
   * Why the Parse of this statement failed, or null: the true error of the runs that bound to it
   * behind the Parse, which the server answers with 26000 (no such statement).
   */
  PgException parseError() {
    return parseError;
  }

  /** Whether ParameterDescription and RowDescription (or NoData) have been read. */
  boolean isDescribed() {
    return columns != null;
  }

  void parameterTypes(int[] typeOids) {
    this.parameterTypes = typeOids;
  }

  /** The parameter types the server resolved, or null before ParameterDescription. */
  int[] parameterTypes() {
    return parameterTypes;
  }

  /**
   * The set-based form of this statement for batches ({@link BatchInsertSql}), worked out once;
   * null when it has none or before ParameterDescription.
   */
  String batchInsertSql(boolean standardConformingStrings) {
    if (!batchInsertChecked && parameterTypes != null) {
      batchInsertSql =
          BatchInsertSql.rewrite(sql, parameterTypes.length, standardConformingStrings);
      batchInsertChecked = true;
    }
    return batchInsertSql;
  }

  /**
   * Records the columns of Describe('S') (all in text format there, since no Bind chose one), and
   * picks the result format of each: binary where the registry has a binary codec for the type.
   * Asking per column is safe here, unlike for the unnamed statement, because the description is
   * exact for this statement; if the server replans it to other columns it refuses the Bind with
   * 0A000 first.
   *
   * @param described the columns, or null for NoData
   */
  void describe(ColumnDescriptor[] described, CodecRegistry codecs) {
    columns = described == null ? NO_COLUMNS : described;
    resultFormats = new short[columns.length];
    for (int i = 0; i < columns.length; i++) {
      resultFormats[i] =
          codecs.hasBinary(columns[i].typeOid()) ? ColumnDescriptor.BINARY : ColumnDescriptor.TEXT;
    }
    resultColumns = columnsIn(resultFormats);
  }

  /** The described columns (format as in Describe), empty for no rows; null before described. */
  ColumnDescriptor[] columns() {
    return columns;
  }

  /** The result format codes Bind asks for once described: one per column. */
  short[] resultFormats() {
    return resultFormats;
  }

  /**
   * The RowDesc of the rows that arrive when Bind asks for {@link #resultFormats()}, made once per
   * registry and shared by every run (its name maps too).
   */
  RowDesc rowDesc(CodecRegistry codecs) {
    RowDesc desc = rowDesc;
    if (desc == null || desc.registry() != codecs) {
      desc = new RowDesc(resultColumns, codecs);
      rowDesc = desc;
    }
    return desc;
  }

  /**
   * The columns as rows arrive when Bind asked for {@code formats}: one code for every column, or
   * one per column.
   */
  ColumnDescriptor[] columnsIn(short[] formats) {
    if (formats == resultFormats && resultColumns != null) {
      return resultColumns;
    }
    ColumnDescriptor[] out = new ColumnDescriptor[columns.length];
    for (int i = 0; i < out.length; i++) {
      ColumnDescriptor c = columns[i];
      short format = formats.length == 0 ? 0 : formats.length == 1 ? formats[0] : formats[i];
      out[i] =
          new ColumnDescriptor(
              c.name(),
              c.tableOid(),
              c.columnAttribute(),
              c.typeOid(),
              c.typeSize(),
              c.typeModifier(),
              format);
    }
    return out;
  }
}
