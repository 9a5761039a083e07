package io.pgloop.impl.connection;

import io.pgloop.PgConnectionException;

/** TLS could not be set up with a host; with {@code sslmode=prefer} the client then goes plain. */
final class TlsHandshakeException extends PgConnectionException {

  private static final long serialVersionUID = 1L;

  TlsHandshakeException(Throwable cause) {
    super("TLS handshake failed: " + cause.getMessage(), cause);
  }
}
