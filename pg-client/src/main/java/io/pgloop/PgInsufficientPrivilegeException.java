package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** insufficient_privilege (SQLSTATE 42501). */
public class PgInsufficientPrivilegeException extends PgSyntaxErrorOrAccessRuleViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInsufficientPrivilegeException(ErrorFields fields) {
    super(fields);
  }
}
