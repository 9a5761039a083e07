package io.pgloop.impl.options;

import io.pgloop.ProtocolVersion;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the values of libpq connection options: enumerations in libpq's spelling and integers,
 * with libpq's error texts extended by the list of allowed values.
 */
public final class LibpqValues {

  /** The TLS versions libpq knows, oldest first. */
  public static final List<String> TLS_VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  private LibpqValues() {}

  /**
   * Finds the constant whose libpq spelling is {@code value}; the comparison is case-sensitive, as
   * in libpq.
   *
   * @param keyword the option the value is for, named in the error
   * @param value the value to parse
   * @param constants the constants to choose from
   * @param spelling the libpq spelling of a constant
   * @throws IllegalArgumentException {@code invalid sslmode value: "foo" (allowed: disable, ...)}
   *     when no constant matches
   */
  public static <E extends Enum<E>> E parseEnum(
      String keyword, String value, E[] constants, Function<E, String> spelling) {
    for (E constant : constants) {
      if (spelling.apply(constant).equals(value)) {
        return constant;
      }
    }
    String allowed = Arrays.stream(constants).map(spelling).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "invalid " + keyword + " value: \"" + value + "\" (allowed: " + allowed + ")");
  }

  /**
   * Parses an integer as libpq does: surrounding whitespace is allowed, anything else is not.
   *
   * @throws IllegalArgumentException {@code invalid integer value "x" for connection option
   *     "keepalives_idle"}
   */
  public static int parseInt(String keyword, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "invalid integer value \"" + value + "\" for connection option \"" + keyword + "\"");
    }
  }

  /**
   * Parses a TCP port number, 1 to 65535.
   *
   * @throws IllegalArgumentException {@code invalid port number: "abc"}
   */
  public static int parsePort(String value) {
    int port;
    try {
      port = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid port number: \"" + value + "\"");
    }
    return port;
  }

  /**
   * Parses a protocol version as libpq 18 does: {@code 3.0}, {@code 3.2}, or {@code latest}.
   *
   * @throws IllegalArgumentException {@code invalid min_protocol_version value: "3.1" (allowed:
   *     3.0, 3.2, latest)}
   */
  public static ProtocolVersion parseProtocolVersion(String keyword, String value) {
    if ("latest".equals(value)) {
      return ProtocolVersion.latest();
    }
    for (ProtocolVersion version : ProtocolVersion.values()) {
      if (version.value().equals(value)) {
        return version;
      }
    }
    throw new IllegalArgumentException(
        "invalid " + keyword + " value: \"" + value + "\" (allowed: 3.0, 3.2, latest)");
  }

  /**
   * Parses a TLS version as libpq's {@code ssl_min_protocol_version} takes it: {@code TLSv1},
   * {@code TLSv1.1}, {@code TLSv1.2} or {@code TLSv1.3}, in any case, returned in the JDK's
   * spelling (the same).
   *
   * @throws IllegalArgumentException {@code invalid ssl_min_protocol_version value: "SSLv3"
   *     (allowed: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)}
   */
  public static String parseTlsVersion(String keyword, String value) {
    for (String version : TLS_VERSIONS) {
      if (version.equalsIgnoreCase(value)) {
        return version;
      }
    }
    throw new IllegalArgumentException(
        "invalid "
            + keyword
            + " value: \""
            + value
            + "\" (allowed: "
            + String.join(", ", TLS_VERSIONS)
            + ")");
  }
}
