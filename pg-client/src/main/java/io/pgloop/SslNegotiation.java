package io.pgloop;

import io.pgloop.impl.options.LibpqValues;

/**
 * How TLS is started on a connection: libpq's {@code sslnegotiation} (PostgreSQL 17). The default
 * is {@link #POSTGRES}.
 */
public enum SslNegotiation {
  /** Ask with an SSLRequest message first, and start TLS if the server agrees; every server. */
  POSTGRES("postgres"),
  /**
   * Start the TLS handshake at once, with ALPN {@code postgresql}; PostgreSQL 17 or later. Only
   * with an {@link SslMode} that requires TLS.
   */
  DIRECT("direct");

  private final String value;

  SslNegotiation(String value) {
    this.value = value;
  }

  /** The libpq spelling, {@code postgres} or {@code direct}. */
  public String value() {
    return value;
  }

  /**
   * Reads a value in libpq's spelling.
   *
   * @throws IllegalArgumentException {@code invalid sslnegotiation value: "foo" (allowed: postgres,
   *     direct)}
   */
  public static SslNegotiation parse(String value) {
    return LibpqValues.parseEnum("sslnegotiation", value, values(), SslNegotiation::value);
  }
}
