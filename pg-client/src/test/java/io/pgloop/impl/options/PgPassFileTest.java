package io.pgloop.impl.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgloop.HostAndPort;
import io.pgloop.PgConnectOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PgPassFile}: libpq's password file format, matching rules and permission check. */
class PgPassFileTest {

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    file = dir.resolve("pgpass");
  }

  private Path write(String content, String perms) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
    return file;
  }

  private PgPassFile load(String content) throws IOException {
    return PgPassFile.load(write(content, "rw-------"));
  }

  @Test
  void exactMatch() throws IOException {
    PgPassFile f = load("db.example:5432:app:alice:s3cret\n");
    assertThat(f.warning()).isEmpty();
    assertThat(f.find("db.example", 5432, "app", "alice")).contains("s3cret");
    assertThat(f.find("db.example", 5433, "app", "alice")).isEmpty();
    assertThat(f.find("db.example", 5432, "other", "alice")).isEmpty();
    assertThat(f.find("db.example", 5432, "app", "bob")).isEmpty();
    assertThat(f.find("db.exampl", 5432, "app", "alice")).isEmpty();
    assertThat(f.find("db.example.org", 5432, "app", "alice")).isEmpty();
  }

  @Test
  void wildcards() throws IOException {
    PgPassFile f = load("*:*:app:*:pw1\n*:*:*:*:pw2\n");
    assertThat(f.find("anyhost", 1, "app", "anyone")).contains("pw1");
    assertThat(f.find("anyhost", 1, "other", "anyone")).contains("pw2");
  }

  @Test
  void starOnlyMatchesAsAWholeField() throws IOException {
    PgPassFile f = load("db*:5432:app:alice:pw\n");
    assertThat(f.find("dbx", 5432, "app", "alice")).isEmpty();
    assertThat(f.find("db*", 5432, "app", "alice")).contains("pw");
  }

  @Test
  void firstMatchWins() throws IOException {
    PgPassFile f = load("db:5432:app:alice:first\n*:*:*:*:second\ndb:5432:app:alice:third\n");
    assertThat(f.find("db", 5432, "app", "alice")).contains("first");
  }

  @Test
  void escapedColonsAndBackslashes() throws IOException {
    PgPassFile f = load("we\\:ird:5432:d\\\\b:alice:p\\:a\\\\ss\n");
    assertThat(f.find("we:ird", 5432, "d\\b", "alice")).contains("p:a\\ss");
  }

  @Test
  void passwordEndsAtItsFirstUnescapedColon() throws IOException {
    assertThat(load("h:5432:d:u:pw:ignored\n").find("h", 5432, "d", "u")).contains("pw");
  }

  @Test
  void lineWithoutPasswordFieldDoesNotMatch() throws IOException {
    assertThat(load("h:5432:d:u\n").find("h", 5432, "d", "u")).isEmpty();
  }

  @Test
  void emptyPassword() throws IOException {
    assertThat(load("h:5432:d:u:\n").find("h", 5432, "d", "u")).contains("");
  }

  @Test
  void ipv6AddressNeedsNoEscapes() throws IOException {
    assertThat(load("::1:5432:d:u:pw6\n").find("::1", 5432, "d", "u")).contains("pw6");
  }

  @Test
  void commentsBlankLinesAndCarriageReturnsAreSkipped() throws IOException {
    PgPassFile f = load("# h:5432:d:u:commented\r\n\r\n\nh:5432:d:u:pw\r\n");
    assertThat(f.find("h", 5432, "d", "u")).contains("pw");
  }

  @Test
  void unixSocketMatchesLocalhost() throws IOException {
    PgPassFile f = load("localhost:5432:d:u:local\n");
    assertThat(f.find("/var/run/postgresql", 5432, "d", "u")).contains("local");
    assertThat(f.find("", 5432, "d", "u")).contains("local");
    assertThat(f.find(null, 5432, "d", "u")).contains("local");
  }

  @Test
  void groupOrWorldReadableFileIsIgnoredWithLibpqsWarning() throws IOException {
    write("*:*:*:*:pw\n", "rw-r--r--");
    PgPassFile f = PgPassFile.load(file);
    assertThat(f.warning())
        .contains(
            "password file \""
                + file
                + "\" has group or world access; permissions should be u=rw (0600) or less");
    assertThat(f.find("h", 5432, "d", "u")).isEmpty();
    assertThat(PgPassFile.lookup(file, "h", 5432, "d", "u")).isEmpty();
  }

  @Test
  void groupWritableFileIsIgnoredToo() throws IOException {
    write("*:*:*:*:pw\n", "rw--w----");
    assertThat(PgPassFile.load(file).warning()).isPresent();
  }

  @Test
  void readOnlyForOwnerIsFine() throws IOException {
    write("*:*:*:*:pw\n", "r--------");
    assertThat(PgPassFile.lookup(file, "h", 5432, "d", "u")).contains("pw");
  }

  @Test
  void directoryIsNotAPlainFile() {
    PgPassFile f = PgPassFile.load(dir);
    assertThat(f.warning()).contains("password file \"" + dir + "\" is not a plain file");
    assertThat(f.find("h", 5432, "d", "u")).isEmpty();
  }

  @Test
  void missingFileIsSilentlyEmpty() {
    PgPassFile f = PgPassFile.load(dir.resolve("absent"));
    assertThat(f.warning()).isEmpty();
    assertThat(f.find("h", 5432, "d", "u")).isEmpty();
  }

  @Test
  void optionsLookUpEachHostWithTheDefaultDatabase() throws IOException {
    write("h1:5432:alice:alice:one\nh2:6000:alice:alice:two\n*:*:*:*:other\n", "rw-------");
    PgConnectOptions o =
        new PgConnectOptions()
            .setUser("alice")
            .setPassfile(file)
            .addHost("h1", 5432)
            .addHost("h2", 6000)
            .addHost("h3", 5432);
    assertThat(o.passwordFor(o.getHosts().get(0))).contains("one");
    assertThat(o.passwordFor(o.getHosts().get(1))).contains("two");
    assertThat(o.passwordFor(o.getHosts().get(2))).contains("other");
  }

  @Test
  void optionsUseTheHostAddressWhenNoNameIsGiven() throws IOException {
    write("192.0.2.7:5432:d:u:byaddr\n", "rw-------");
    PgConnectOptions o =
        PgConnectOptions.fromConninfo("hostaddr=192.0.2.7 dbname=d user=u passfile=" + file);
    assertThat(o.passwordFor(o.getHosts().get(0))).contains("byaddr");
  }

  @Test
  void explicitPasswordWinsOverTheFile() throws IOException {
    write("*:*:*:*:fromfile\n", "rw-------");
    PgConnectOptions o = new PgConnectOptions().setPassfile(file).setPassword("explicit");
    assertThat(o.passwordFor(new HostAndPort("h", 5432))).contains("explicit");
    assertThat(o.setPassword(null).passwordFor(new HostAndPort("h", 5432))).contains("fromfile");
  }

  @Test
  void socketConnectionFromAUriMatchesLocalhost() throws IOException {
    write("localhost:5433:app:bob:sock\n", "rw-------");
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://bob@%2Fvar%2Frun%2Fpostgresql:5433/app?passfile=" + file);
    assertThat(o.passwordFor(o.getHosts().get(0))).contains("sock");
  }
}
