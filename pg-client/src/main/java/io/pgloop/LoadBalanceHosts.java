package io.pgloop;

import io.pgloop.impl.options.LibpqValues;

/**
 * In which order the hosts of a multi-host list are tried: libpq's {@code load_balance_hosts}. The
 * default is {@link #DISABLE}.
 */
public enum LoadBalanceHosts {
  /** In the order given. */
  DISABLE("disable"),
  /**
   * In an order shuffled anew for every connection attempt, so that connections spread over the
   * hosts; the addresses a host name resolves to are shuffled too.
   */
  RANDOM("random");

  private final String value;

  LoadBalanceHosts(String value) {
    this.value = value;
  }

  /** The libpq spelling, {@code disable} or {@code random}. */
  public String value() {
    return value;
  }

  /**
   * Reads a value in libpq's spelling.
   *
   * @throws IllegalArgumentException {@code invalid load_balance_hosts value: "foo" (allowed:
   *     disable, random)}
   */
  public static LoadBalanceHosts parse(String value) {
    return LibpqValues.parseEnum("load_balance_hosts", value, values(), LoadBalanceHosts::value);
  }
}
