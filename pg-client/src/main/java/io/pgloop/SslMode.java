package io.pgloop;

import io.pgloop.impl.options.LibpqValues;

/**
 * Whether and how TLS protects a connection: libpq's {@code sslmode}, with libpq's spelling and
 * meaning. The default is {@link #PREFER}, or {@link #VERIFY_FULL} when the root certificate is
 * {@code system}.
 */
public enum SslMode {
  /** Plain connection only. */
  DISABLE("disable"),
  /** Try a plain connection first; if the server refuses it, try TLS. */
  ALLOW("allow"),
  /** Try TLS first; if the server does not speak it, fall back to a plain connection. */
  PREFER("prefer"),
  /**
   * TLS only, without checking the server's certificate; as in libpq, when a root certificate file
   * exists the certificate is checked as with {@link #VERIFY_CA}.
   */
  REQUIRE("require"),
  /** TLS only, and the server's certificate must be signed by a trusted authority. */
  VERIFY_CA("verify-ca"),
  /** As {@link #VERIFY_CA}, and the certificate must name the host connected to. */
  VERIFY_FULL("verify-full");

  private final String value;

  SslMode(String value) {
    this.value = value;
  }

  /** The libpq spelling of this mode, for example {@code verify-full}. */
  public String value() {
    return value;
  }

  /** Whether a connection in this mode may never be in plain text. */
  public boolean requiresTls() {
    return compareTo(REQUIRE) >= 0;
  }

  /** Whether this mode checks the server's certificate chain. */
  public boolean verifiesCertificate() {
    return compareTo(VERIFY_CA) >= 0;
  }

  /**
   * Reads a mode in libpq's spelling (case-sensitive, as in libpq).
   *
   * @throws IllegalArgumentException {@code invalid sslmode value: "foo" (allowed: disable, allow,
   *     prefer, require, verify-ca, verify-full)}
   */
  public static SslMode parse(String value) {
    return LibpqValues.parseEnum("sslmode", value, values(), SslMode::value);
  }
}
