package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * An object to be created already exists: duplicate_object (SQLSTATE 42710) and the other
 * duplicate_* codes of class 42 (column, function, cursor, database, prepared statement, schema,
 * table).
 */
public class PgDuplicateObjectException extends PgSyntaxErrorOrAccessRuleViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgDuplicateObjectException(ErrorFields fields) {
    super(fields);
  }
}
