package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;
import java.util.Map;
import java.util.function.Function;

/**
 * An error reported by the server (an ErrorResponse), or by the client about the connection. It
 * carries every field of the ErrorResponse; absent fields are null (or 0 for positions).
 *
 * <p>{@link #getMessage()} reads like psql's default output: the severity, two spaces and the
 * message, then one line each for DETAIL, HINT, QUERY and CONTEXT when present:
 *
 * <pre>
 * ERROR:  duplicate key value violates unique constraint "t_pkey"
 * DETAIL:  Key (id)=(1) already exists.
 * </pre>
 *
 * The SQLSTATE is not in the text, as psql leaves it out by default; use {@link #sqlState()} or the
 * subclass. A position shows as libpq shows it when it has no query text to point into: {@code " at
 * character 8"} after the message. Errors the client raises itself have no server fields and their
 * message is their text alone.
 *
 * <p>{@link #of} picks the most specific subclass for the SQLSTATE, so callers can catch, say,
 * {@link PgUniqueViolationException} or any {@link PgIntegrityConstraintViolationException}.
 */
public class PgException extends RuntimeException {

  /** By exact SQLSTATE; checked before {@link #BY_CLASS}. */
  private static final Map<String, Function<ErrorFields, PgException>> BY_CODE =
      Map.ofEntries(
          Map.entry("08P01", PgProtocolException::new),
          Map.entry("22003", PgNumericValueOutOfRangeException::new),
          Map.entry("22012", PgDivisionByZeroException::new),
          Map.entry("22P02", PgInvalidTextRepresentationException::new),
          Map.entry("23502", PgNotNullViolationException::new),
          Map.entry("23503", PgForeignKeyViolationException::new),
          Map.entry("23505", PgUniqueViolationException::new),
          Map.entry("23514", PgCheckViolationException::new),
          Map.entry("23P01", PgExclusionViolationException::new),
          Map.entry("25P02", PgInFailedSqlTransactionException::new),
          Map.entry("28P01", PgInvalidPasswordException::new),
          Map.entry("40001", PgSerializationFailureException::new),
          Map.entry("40P01", PgDeadlockDetectedException::new),
          Map.entry("42501", PgInsufficientPrivilegeException::new),
          Map.entry("42601", PgSyntaxErrorException::new),
          Map.entry("42703", PgUndefinedColumnException::new),
          Map.entry("42P01", PgUndefinedTableException::new),
          // duplicate_column, _object, _function, _cursor, _database, _prepared_statement, _schema
          Map.entry("42701", PgDuplicateObjectException::new),
          Map.entry("42710", PgDuplicateObjectException::new),
          Map.entry("42723", PgDuplicateObjectException::new),
          Map.entry("42P03", PgDuplicateObjectException::new),
          Map.entry("42P04", PgDuplicateObjectException::new),
          Map.entry("42P05", PgDuplicateObjectException::new),
          Map.entry("42P06", PgDuplicateObjectException::new),
          Map.entry("42P07", PgDuplicateTableException::new),
          Map.entry("57014", PgQueryCanceledException::new),
          Map.entry("57P01", PgAdminShutdownException::new),
          Map.entry("57P02", PgCrashShutdownException::new),
          Map.entry("57P03", PgCannotConnectNowException::new));

  /** By SQLSTATE class, the first two characters. */
  private static final Map<String, Function<ErrorFields, PgException>> BY_CLASS =
      Map.ofEntries(
          Map.entry("08", PgConnectionException::new),
          Map.entry("0A", PgFeatureNotSupportedException::new),
          Map.entry("22", PgDataException::new),
          Map.entry("23", PgIntegrityConstraintViolationException::new),
          Map.entry("25", PgInvalidTransactionStateException::new),
          Map.entry("28", PgInvalidAuthorizationException::new),
          Map.entry("40", PgTransactionRollbackException::new),
          Map.entry("42", PgSyntaxErrorOrAccessRuleViolationException::new),
          Map.entry("53", PgInsufficientResourcesException::new),
          Map.entry("57", PgOperatorInterventionException::new));

  private final ErrorFields fields;
  private final boolean fromServer;
  private int parameterNumber;
  private String parameterClass;

  /**
   * An exception for an ErrorResponse's fields. Prefer {@link #of}, which picks the subclass.
   *
   * @param fields the fields, as the server sent them
   */
  public PgException(ErrorFields fields) {
    super(format(fields, true));
    this.fields = fields;
    this.fromServer = true;
  }

  /**
   * An error the client raises itself: no server fields, and the message is {@code message}.
   *
   * @param severity the severity, {@code ERROR} or {@code FATAL}
   * @param sqlState the SQLSTATE that best describes it
   * @param message the text
   * @param cause the cause, or null
   */
  protected PgException(String severity, String sqlState, String message, Throwable cause) {
    super(message, cause);
    this.fields = ErrorFields.client(severity, sqlState, message);
    this.fromServer = false;
  }

  /**
   * The exception for an ErrorResponse: an instance of the subclass for its exact SQLSTATE, else of
   * the subclass for its SQLSTATE class, else a plain {@code PgException}.
   */
  public static PgException of(ErrorFields fields) {
    String sqlState = fields.sqlState();
    if (sqlState == null) {
      return new PgException(fields);
    }
    Function<ErrorFields, PgException> factory = BY_CODE.get(sqlState);
    if (factory == null && sqlState.length() >= 2) {
      factory = BY_CLASS.get(sqlState.substring(0, 2));
    }
    return factory == null ? new PgException(fields) : factory.apply(fields);
  }

  /**
   * The exception for an ErrorResponse the server sent while binding the value of parameter {@code
   * $parameterNumber}: the same subclass and fields as {@link #of(ErrorFields)}, its message naming
   * the parameter and the class of the value sent: {@code ERROR: parameter $1 (java.lang.String):
   * invalid input syntax for type uuid: "abc"}. {@link #message()} stays the server's own.
   *
   * @param parameterNumber the parameter's number as the SQL text writes it, from 1
   * @param valueClass the class of the value sent, or {@code "null"}
   */
  public static PgException of(ErrorFields fields, int parameterNumber, String valueClass) {
    PgException exception = of(fields);
    exception.parameterNumber = parameterNumber;
    exception.parameterClass = valueClass;
    return exception;
  }

  /**
   * The number of the parameter whose value the server refused while binding (1 for {@code $1}), or
   * 0 when the error concerns no parameter, or the server did not say which.
   */
  public int parameterNumber() {
    return parameterNumber;
  }

  /** The psql-like text, with the parameter named before the server's message when it is known. */
  @Override
  public String getMessage() {
    String text = super.getMessage();
    if (parameterNumber == 0) {
      return text;
    }
    int at = text.indexOf(":  ") + 3;
    return text.substring(0, at)
        + "parameter $"
        + parameterNumber
        + " ("
        + parameterClass
        + "): "
        + text.substring(at);
  }

  /** Whether the server sent this error, rather than the client raising it. */
  public boolean isServerError() {
    return fromServer;
  }

  /** Whether the severity is FATAL or PANIC: the session is over. */
  public boolean isFatal() {
    String severity = severity();
    return "FATAL".equals(severity) || "PANIC".equals(severity);
  }

  /**
   * The severity, never localized: ERROR, FATAL or PANIC (V); falls back to the localized one (S)
   * for servers before 9.6.
   */
  public String severity() {
    return fields.severity() != null ? fields.severity() : fields.localizedSeverity();
  }

  /** The severity in the server's message language (S), or null. */
  public String localizedSeverity() {
    return fields.localizedSeverity();
  }

  /** The SQLSTATE code (C), such as {@code 23505}. */
  public String sqlState() {
    return fields.sqlState();
  }

  /** The primary message (M), without severity or detail; {@link #getMessage()} has them all. */
  public String message() {
    return fields.message();
  }

  /** The detail (D), or null. */
  public String detail() {
    return fields.detail();
  }

  /** The hint (H), or null. */
  public String hint() {
    return fields.hint();
  }

  /** The 1-based character position of the error in the query text (P), or 0. */
  public int position() {
    return toInt(fields.position());
  }

  /** The position of the error in {@link #internalQuery()} (p), or 0. */
  public int internalPosition() {
    return toInt(fields.internalPosition());
  }

  /** The internally generated query that failed, such as a PL/pgSQL statement (q), or null. */
  public String internalQuery() {
    return fields.internalQuery();
  }

  /** The context in which the error occurred, such as a PL/pgSQL call stack (W), or null. */
  public String where() {
    return fields.where();
  }

  /** The schema of the object involved (s), or null. */
  public String schema() {
    return fields.schema();
  }

  /** The table involved (t), or null. */
  public String table() {
    return fields.table();
  }

  /** The column involved (c), or null. */
  public String column() {
    return fields.column();
  }

  /** The data type involved (d), or null. */
  public String dataType() {
    return fields.dataType();
  }

  /** The constraint involved (n), or null. */
  public String constraint() {
    return fields.constraint();
  }

  /** The server source file that reported the error (F), or null. */
  public String file() {
    return fields.file();
  }

  /** The line in {@link #file()} (L), or null. */
  public String line() {
    return fields.line();
  }

  /** The server routine that reported the error (R), or null. */
  public String routine() {
    return fields.routine();
  }

  /*
   * libpq's pqBuildErrorMessage3 at PQERRORS_DEFAULT, without a query text to draw a cursor in
   * (so no "LINE 1:" display, for the statement or the internal query):
   *   SEVERITY:  message[ at character P]
   *   DETAIL:  ...   HINT:  ...   QUERY:  ...   CONTEXT:  ... (errors only, as SHOW_CONTEXT=errors)
   * It prints the localized severity; so do we, falling back to the non-localized one.
   */
  static String format(ErrorFields fields, boolean withContext) {
    StringBuilder text = new StringBuilder(128);
    String severity =
        fields.localizedSeverity() != null ? fields.localizedSeverity() : fields.severity();
    text.append(severity != null ? severity : "ERROR").append(":  ");
    text.append(fields.message() != null ? fields.message() : "missing error text");
    if (fields.position() != null) {
      text.append(" at character ").append(fields.position());
    }
    line(text, "DETAIL", fields.detail());
    line(text, "HINT", fields.hint());
    line(text, "QUERY", fields.internalQuery());
    if (withContext) {
      line(text, "CONTEXT", fields.where());
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    if (value != null) {
      text.append('\n').append(label).append(":  ").append(value);
    }
  }

  static int toInt(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
