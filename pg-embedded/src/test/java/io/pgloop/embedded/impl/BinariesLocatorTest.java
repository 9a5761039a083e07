package io.pgloop.embedded.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinariesLocatorTest {

  private final Platform platform = Platform.current();
  private final Properties pinned = BinariesLocator.loadPinned();

  @Test
  void pinnedVersionsComeFromTheParentPom() {
    assertThat(pinned.getProperty("platform")).isEqualTo(platform.artifactPlatform());
    assertThat(pinned.getProperty("10")).startsWith("10.");
    assertThat(pinned.getProperty("14")).startsWith("14.");
    assertThat(pinned.getProperty("18")).startsWith("18.");
  }

  @Test
  void findsTheDefaultMajorOnTheClasspath(@TempDir Path emptyRepository) {
    Binaries binaries =
        new BinariesLocator(platform, getClass().getClassLoader(), emptyRepository, pinned)
            .locate(18);
    assertThat(binaries.version()).isEqualTo(pinned.getProperty("18"));
    assertThat(binaries.archive().toString())
        .startsWith("jar:file:")
        .endsWith(".jar!/" + platform.resourceName());
  }

  @Test
  void findsOtherPinnedMajorsInTheLocalMavenRepository() {
    Binaries binaries = BinariesLocator.standard().locate(14);
    assertThat(binaries.version()).isEqualTo(pinned.getProperty("14"));
    assertThat(binaries.archive().toString())
        .contains("/io/zonky/test/postgres/" + platform.artifactId() + "/");
  }

  @Test
  void aMissingPinnedMajorNamesItsExactCoordinates(@TempDir Path emptyRepository) {
    ClassLoader nothing = new ClassLoader(null) {};
    String coordinates =
        "io.zonky.test.postgres:" + platform.artifactId() + ":" + pinned.getProperty("14");
    assertThatThrownBy(
            () -> new BinariesLocator(platform, nothing, emptyRepository, pinned).locate(14))
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageStartingWith(
            "No PostgreSQL 14 binaries for platform " + platform.artifactPlatform() + ":")
        .hasMessageContaining("Add the Maven dependency " + coordinates + " with <scope>test");
  }
}
