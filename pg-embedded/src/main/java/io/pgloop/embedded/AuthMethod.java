package io.pgloop.embedded;

/**
 * The authentication methods the embedded server has a dedicated user for. Each user is allowed in
 * by exactly one {@code pg_hba.conf} line, for TCP connections from the loopback addresses, so a
 * client that gets the method wrong is refused.
 */
public enum AuthMethod {
  /** No password is asked for. */
  TRUST,
  /** The password is sent in clear text (only safe over TLS). */
  PASSWORD,
  /** MD5 challenge-response; the password is stored as an MD5 hash. */
  MD5,
  /** SCRAM-SHA-256; the password is stored as a SCRAM verifier. */
  SCRAM_SHA_256,
  /**
   * A client certificate signed by the server's CA whose common name is the user name; only over
   * TLS ({@code hostssl}). The password is not used.
   */
  CERT
}
