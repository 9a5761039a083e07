package io.pgloop.impl.options;

import io.pgloop.HostAndPort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the list of hosts from libpq's {@code host}, {@code hostaddr} and {@code port}, each a
 * comma-separated list, as libpq's {@code pqConnectOptions2} does.
 *
 * <p>There are as many hosts as {@code hostaddr} entries if given, else {@code host} entries, else
 * one. When both lists are given their lengths must agree. One port applies to every host;
 * otherwise there must be a port per host. An empty entry takes the default: {@code localhost} (or
 * the entry's {@code hostaddr}) for a host, 5432 for a port.
 */
public final class HostList {

  private HostList() {}

  /**
   * The hosts described by the three lists; a null or empty list is absent.
   *
   * @throws IllegalArgumentException with libpq's texts: {@code could not match 3 port numbers to 2
   *     hosts}, {@code could not match 2 host names to 1 hostaddr values}, {@code invalid port
   *     number: "abc"}
   */
  public static List<HostAndPort> build(String host, String hostaddr, String port) {
    List<String> addrs = split(hostaddr);
    List<String> names = split(host);
    List<String> ports = split(port);
    int count = addrs != null ? addrs.size() : names != null ? names.size() : 1;
    if (names != null && addrs != null && names.size() != count) {
      throw new IllegalArgumentException(
          "could not match " + names.size() + " host names to " + count + " hostaddr values");
    }
    if (ports != null && ports.size() != 1 && ports.size() != count) {
      throw new IllegalArgumentException(
          "could not match " + ports.size() + " port numbers to " + count + " hosts");
    }
    List<HostAndPort> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String addr = addrs == null || addrs.get(i).isEmpty() ? null : addrs.get(i);
      String name = names == null ? "" : names.get(i);
      if (name.isEmpty()) {
        name = addr != null ? addr : HostAndPort.DEFAULT_HOST;
      }
      String p = ports == null ? "" : ports.get(ports.size() == 1 ? 0 : i);
      int portNumber = p.isEmpty() ? HostAndPort.DEFAULT_PORT : LibpqValues.parsePort(p);
      out.add(new HostAndPort(name, portNumber, addr));
    }
    return out;
  }

  private static List<String> split(String list) {
    return list == null || list.isEmpty() ? null : Arrays.asList(list.split(",", -1));
  }
}
