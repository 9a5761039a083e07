package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** undefined_table (SQLSTATE 42P01). */
public class PgUndefinedTableException extends PgSyntaxErrorOrAccessRuleViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgUndefinedTableException(ErrorFields fields) {
    super(fields);
  }
}
