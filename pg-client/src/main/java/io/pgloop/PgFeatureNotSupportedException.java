package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * feature_not_supported (SQLSTATE class 0A), which also reports "cached plan must not change result
 * type".
 */
public class PgFeatureNotSupportedException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgFeatureNotSupportedException(ErrorFields fields) {
    super(fields);
  }
}
