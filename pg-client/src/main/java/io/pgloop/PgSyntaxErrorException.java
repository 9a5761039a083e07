package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** syntax_error (SQLSTATE 42601); {@link #position()} points into the query. */
public class PgSyntaxErrorException extends PgSyntaxErrorOrAccessRuleViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgSyntaxErrorException(ErrorFields fields) {
    super(fields);
  }
}
