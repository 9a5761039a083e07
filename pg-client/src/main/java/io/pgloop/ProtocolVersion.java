package io.pgloop;

import io.pgloop.impl.options.LibpqValues;

/**
 * A version of the PostgreSQL frontend/backend protocol, as libpq's {@code min_protocol_version}
 * and {@code max_protocol_version} name them (PostgreSQL 18). Version 3.1 never existed.
 */
public enum ProtocolVersion {
  /** Protocol 3.0: every server since PostgreSQL 7.4. */
  V3_0("3.0", 3 << 16),
  /** Protocol 3.2: PostgreSQL 18, with longer cancel keys. */
  V3_2("3.2", (3 << 16) | 2);

  private final String value;
  private final int code;

  ProtocolVersion(String value, int code) {
    this.value = value;
    this.code = code;
  }

  /** The version as libpq spells it, for example {@code 3.2}. */
  public String value() {
    return value;
  }

  /** The version number a StartupMessage carries: major in the high 16 bits, minor in the low. */
  public int code() {
    return code;
  }

  /** The newest version pgloop knows, what libpq's {@code latest} stands for. */
  public static ProtocolVersion latest() {
    return V3_2;
  }

  /**
   * Reads {@code 3.0}, {@code 3.2} or {@code latest}.
   *
   * @throws IllegalArgumentException {@code invalid protocol version value: "3.1" (allowed: 3.0,
   *     3.2, latest)}
   */
  public static ProtocolVersion parse(String value) {
    return LibpqValues.parseProtocolVersion("protocol version", value);
  }
}
