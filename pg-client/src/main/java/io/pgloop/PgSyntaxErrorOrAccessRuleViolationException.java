package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** A syntax error or access rule violation (SQLSTATE class 42). */
public class PgSyntaxErrorOrAccessRuleViolationException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgSyntaxErrorOrAccessRuleViolationException(ErrorFields fields) {
    super(fields);
  }
}
