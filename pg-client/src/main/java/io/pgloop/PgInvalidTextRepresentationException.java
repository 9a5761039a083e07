package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** invalid_text_representation (SQLSTATE 22P02): a text value does not parse as its type. */
public class PgInvalidTextRepresentationException extends PgDataException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInvalidTextRepresentationException(ErrorFields fields) {
    super(fields);
  }
}
