package io.pgloop.impl.options;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the values of libpq connection options: enumerations in libpq's spelling and integers,
 * with libpq's error texts extended by the list of allowed values.
 */
public final class LibpqValues {

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
}
