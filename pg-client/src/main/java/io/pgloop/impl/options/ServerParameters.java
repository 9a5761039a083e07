package io.pgloop.impl.options;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The server parameters a connection string may carry as keys, beyond libpq's own, and the checks
 * on startup parameters set by name.
 */
public final class ServerParameters {

  /** The pass-through parameters, spelled as the server reports them. */
  public static final List<String> PASS_THROUGH =
      List.of(
          "search_path",
          "TimeZone",
          "DateStyle",
          "client_encoding",
          "statement_timeout",
          "lock_timeout",
          "idle_in_transaction_session_timeout",
          "default_transaction_read_only",
          "default_transaction_isolation",
          "role",
          "extra_float_digits",
          "jit",
          "work_mem");

  // These travel in the StartupMessage under their own options; a property would send them twice.
  private static final Set<String> RESERVED =
      Set.of("user", "database", "options", "application_name", "replication");

  private ServerParameters() {}

  /**
   * The server's spelling of a pass-through parameter, found case-insensitively (server parameter
   * names are), or empty if {@code key} is not one.
   */
  public static Optional<String> passThrough(String key) {
    for (String name : PASS_THROUGH) {
      if (name.equalsIgnoreCase(key)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks a startup parameter name set programmatically and returns the name to store.
   *
   * @throws IllegalArgumentException if empty, containing a NUL, or reserved
   */
  public static String checkStartupParameter(String name) {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("invalid startup parameter name: \"" + name + "\"");
    }
    if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "startup parameter \"" + name + "\" has its own option: set it there");
    }
    return passThrough(name).orElse(name);
  }

  /**
   * Checks a startup parameter's value and returns the value to send. A {@code client_encoding}
   * must name UTF-8 (as {@code UTF8}, {@code UTF-8}, {@code unicode} in any case, or libpq's {@code
   * auto}) and becomes {@code UTF8}.
   *
   * @throws IllegalArgumentException {@code invalid client_encoding value: "LATIN1" (pgloop only
   *     speaks UTF8)}, or if the value contains a NUL
   */
  public static String checkValue(String name, String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("startup parameter \"" + name + "\" contains a NUL");
    }
    if (name.equals("client_encoding")) {
      String norm = value.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
      if (!norm.equals("utf8") && !norm.equals("unicode") && !norm.equals("auto")) {
        throw new IllegalArgumentException(
            "invalid client_encoding value: \"" + value + "\" (pgloop only speaks UTF8)");
      }
      return "UTF8";
    }
    return value;
  }
}
