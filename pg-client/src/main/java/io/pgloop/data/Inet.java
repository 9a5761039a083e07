package io.pgloop.data;

import java.net.InetAddress;

/**
 * A value of PostgreSQL's {@code inet} or {@code cidr}: an IPv4 or IPv6 address and the length of
 * its network prefix in bits (32 or 128 for a single host).
 *
 * @param address the address (for a {@code cidr}, the network address)
 * @param prefixLength the netmask length, from 0 to 32 (IPv4) or 128 (IPv6)
 */
public record Inet(InetAddress address, int prefixLength) {

  /**
   * Checks the prefix against the address family.
   *
   * @throws IllegalArgumentException {@code prefix length 33 out of range for an IPv4 address}
   */
  public Inet {
    int max = address.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > max) {
      throw new IllegalArgumentException(
          "prefix length "
              + prefixLength
              + " out of range for an "
              + (max == 32 ? "IPv4" : "IPv6")
              + " address");
    }
  }

  /** A single host: the address with its full prefix (32 or 128). */
  public static Inet host(InetAddress address) {
    return new Inet(address, address.getAddress().length * 8);
  }
}
