package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** undefined_column (SQLSTATE 42703). */
public class PgUndefinedColumnException extends PgSyntaxErrorOrAccessRuleViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgUndefinedColumnException(ErrorFields fields) {
    super(fields);
  }
}
