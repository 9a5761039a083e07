package io.pgloop;

import java.util.Objects;

/**
 * One server to try: a host name, IP address or Unix socket directory, and a port.
 *
 * <p>A {@code host} that starts with {@code /} is the directory of a Unix-domain socket; the socket
 * file is {@link #unixSocketPath()}. Otherwise it is a host name or an IP address, which is also
 * the name TLS checks the server's certificate against ({@link SslMode#VERIFY_FULL}) and the name
 * looked up in the password file.
 *
 * <p>{@code hostaddr} is libpq's {@code hostaddr}: when not null, the numeric IP address to connect
 * to instead of resolving {@code host}, which then serves only for TLS and the password file. When
 * libpq is given a {@code hostaddr} without a host name, {@code host} is that address.
 *
 * @param host a host name, IP address, or socket directory; never empty
 * @param port the TCP port, or the number in the socket file name; 1 to 65535
 * @param hostaddr the numeric IP address to connect to, or null to resolve {@code host}
 */
public record HostAndPort(String host, int port, String hostaddr) {

  /** The port PostgreSQL listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 5432;

  /** The host connected to when none is given. */
  public static final String DEFAULT_HOST = "localhost";

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code host} is null
   * @throws IllegalArgumentException if {@code host} or {@code hostaddr} is empty, or the port is
   *     outside 1 to 65535 ({@code invalid port number: "0"})
   */
  public HostAndPort {
    Objects.requireNonNull(host, "host");
    if (host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid port number: \"" + port + "\"");
    }
    if (hostaddr != null && hostaddr.isEmpty()) {
      throw new IllegalArgumentException("hostaddr must not be empty: pass null for none");
    }
  }

  /** A host to resolve, without a {@code hostaddr}. */
  public HostAndPort(String host, int port) {
    this(host, port, null);
  }

  /** Whether {@code host} is a Unix socket directory (it starts with {@code /}). */
  public boolean isUnixSocket() {
    return hostaddr == null && host.startsWith("/");
  }

  /**
   * The socket file of a Unix socket host, {@code <host>/.s.PGSQL.<port>}.
   *
   * @throws IllegalStateException if this host is not a Unix socket
   */
  public String unixSocketPath() {
    if (!isUnixSocket()) {
      throw new IllegalStateException("not a Unix socket directory: " + host);
    }
    String dir = host.endsWith("/") ? host : host + "/";
    return dir + ".s.PGSQL." + port;
  }

  /** The address to open a TCP connection to: {@code hostaddr} if given, else {@code host}. */
  public String connectAddress() {
    return hostaddr != null ? hostaddr : host;
  }

  /** This host with another port. */
  public HostAndPort withPort(int port) {
    return new HostAndPort(host, port, hostaddr);
  }

  /** {@code host:port}, with an IPv6 address in brackets, and the hostaddr if any. */
  @Override
  public String toString() {
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return h + ":" + port + (hostaddr == null ? "" : " (hostaddr " + hostaddr + ")");
  }
}
