package io.pgloop.impl.options;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where libpq looks for its files when not told: {@code ~/.pgpass} and {@code ~/.postgresql/} on
 * Unix, {@code %APPDATA%\postgresql\} on Windows.
 */
public final class DefaultPaths {

  private DefaultPaths() {}

  /** The default password file, or null when there is no home directory to put it in. */
  public static Path passfile() {
    if (isWindows()) {
      Path dir = windowsDir();
      return dir == null ? null : dir.resolve("pgpass.conf");
    }
    Path home = home();
    return home == null ? null : home.resolve(".pgpass");
  }

  /**
   * A default TLS file ({@code root.crt}, {@code postgresql.crt}, {@code postgresql.key}), or null
   * when there is no home directory.
   */
  public static Path sslFile(String name) {
    Path dir = isWindows() ? windowsDir() : home();
    if (dir == null) {
      return null;
    }
    return isWindows() ? dir.resolve(name) : dir.resolve(".postgresql").resolve(name);
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  private static Path home() {
    String home = System.getProperty("user.home");
    return home == null || home.isEmpty() ? null : Path.of(home);
  }

  private static Path windowsDir() {
    String appData = System.getenv("APPDATA");
    return appData == null || appData.isEmpty() ? null : Path.of(appData, "postgresql");
  }
}
