package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * A notice or warning from the server (a NoticeResponse): it does not fail the command. Fields mean
 * what they mean in {@link PgException}; absent ones are null, or 0 for positions. {@link
 * #toString()} reads like psql: {@code NOTICE: table "t" does not exist, skipping}.
 *
 * @param severity WARNING, NOTICE, DEBUG, INFO or LOG, never localized (V, falling back to S)
 * @param localizedSeverity the severity in the server's message language (S)
 * @param sqlState the SQLSTATE code (C)
 * @param message the primary message (M)
 * @param detail the detail (D)
 * @param hint the hint (H)
 * @param position the 1-based character position in the query text (P), or 0
 * @param where the context, such as a PL/pgSQL call stack (W)
 * @param schema the schema involved (s)
 * @param table the table involved (t)
 * @param column the column involved (c)
 * @param dataType the data type involved (d)
 * @param constraint the constraint involved (n)
 * @param file the server source file (F)
 * @param line the line in that file (L)
 * @param routine the server routine (R)
 */
public record PgNotice(
    String severity,
    String localizedSeverity,
    String sqlState,
    String message,
    String detail,
    String hint,
    int position,
    String where,
    String schema,
    String table,
    String column,
    String dataType,
    String constraint,
    String file,
    String line,
    String routine) {

  /** The notice for a NoticeResponse's fields. */
  public static PgNotice of(ErrorFields f) {
    return new PgNotice(
        f.severity() != null ? f.severity() : f.localizedSeverity(),
        f.localizedSeverity(),
        f.sqlState(),
        f.message(),
        f.detail(),
        f.hint(),
        PgException.toInt(f.position()),
        f.where(),
        f.schema(),
        f.table(),
        f.column(),
        f.dataType(),
        f.constraint(),
        f.file(),
        f.line(),
        f.routine());
  }

  /**
   * The notice as psql prints it: severity, two spaces, message, then DETAIL and HINT; like psql,
   * without the CONTEXT that it shows for errors only.
   */
  @Override
  public String toString() {
    return PgException.format(
        new ErrorFields(
            localizedSeverity,
            severity,
            sqlState,
            message,
            detail,
            hint,
            position == 0 ? null : Integer.toString(position),
            null,
            null,
            where,
            schema,
            table,
            column,
            dataType,
            constraint,
            file,
            line,
            routine),
        false);
  }
}
