package io.pgloop;

import io.pgloop.impl.options.LibpqValues;

/**
 * Which server of a multi-host list a connection accepts: libpq's {@code target_session_attrs}. The
 * default is {@link #ANY}. Hosts are tried in order (or shuffled, see {@link LoadBalanceHosts})
 * until one has the wanted attributes.
 */
public enum TargetSessionAttrs {
  /** Any server. */
  ANY("any"),
  /** A server whose sessions accept writes by default ({@code default_transaction_read_only}). */
  READ_WRITE("read-write"),
  /** A server whose sessions are read-only by default. */
  READ_ONLY("read-only"),
  /** A server that is not in hot standby. */
  PRIMARY("primary"),
  /** A server in hot standby. */
  STANDBY("standby"),
  /** A standby if one is reachable, else any server. */
  PREFER_STANDBY("prefer-standby");

  private final String value;

  TargetSessionAttrs(String value) {
    this.value = value;
  }

  /** The libpq spelling, for example {@code read-write}. */
  public String value() {
    return value;
  }

  /**
   * Reads a value in libpq's spelling.
   *
   * @throws IllegalArgumentException {@code invalid target_session_attrs value: "foo" (allowed:
   *     any, read-write, read-only, primary, standby, prefer-standby)}
   */
  public static TargetSessionAttrs parse(String value) {
    return LibpqValues.parseEnum(
        "target_session_attrs", value, values(), TargetSessionAttrs::value);
  }
}
