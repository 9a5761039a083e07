package io.pgloop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.embedded.impl.SimpleQueryClient;
import java.net.UnixDomainSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every major's embedded server must offer, checked with pgjdbc as the client. One subclass
 * per major starts that server once for all its tests and stops it after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmbeddedPostgresMajorTest {

  private EmbeddedPostgres pg;

  /** The major version the subclass tests. */
  abstract int major();

  @BeforeAll
  void start() {
    long started = System.nanoTime();
    pg = EmbeddedPostgres.builder().majorVersion(major()).start();
    System.out.printf(
        "PostgreSQL %s started in %d ms%n",
        pg.version(), (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  void stop() {
    if (pg != null) {
      pg.close();
      assertThat(pg.dataDirectory()).doesNotExist();
      assertThat(pg.socketDirectory()).doesNotExist();
    }
  }

  @Test
  void tcpConnectionReportsTheMajorVersion() throws SQLException {
    assertThat(pg.majorVersion()).isEqualTo(major());
    assertThat(pg.version()).startsWith(major() + ".");
    try (Connection c = connect(pg.superuser(), null, Map.of())) {
      assertThat(single(c, "SELECT version()")).startsWith("PostgreSQL " + pg.version());
      assertThat(single(c, "SELECT current_database()")).isEqualTo("pgloop_test");
    }
  }

  @Test
  void unixSocketAcceptsTheSuperuserByTrust() throws Exception {
    UnixDomainSocketAddress socket =
        UnixDomainSocketAddress.of(pg.socketDirectory().resolve(".s.PGSQL." + pg.port()));
    // connect() returns only after AuthenticationOk (R, code 0) and ReadyForQuery.
    try (SimpleQueryClient client =
        SimpleQueryClient.connect(socket, pg.superuser(), pg.database(), 5000)) {
      // inet_server_addr() is NULL exactly when the session came over a Unix socket.
      assertThat(client.query("SELECT current_user, inet_server_addr() IS NULL"))
          .containsExactly(List.of("postgres", "t"));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = AuthMethod.class,
      names = {"TRUST", "PASSWORD", "MD5", "SCRAM_SHA_256"})
  void userIsAcceptedWithItsPassword(AuthMethod method) throws SQLException {
    TestUser user = pg.user(method);
    try (Connection c = connect(user.name(), user.password(), Map.of())) {
      assertThat(single(c, "SELECT current_user")).isEqualTo(user.name());
      // The users create their own tables in the test database.
      execute(c, "CREATE TABLE " + user.name() + "_t (id int)");
      execute(c, "DROP TABLE " + user.name() + "_t");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = AuthMethod.class,
      names = {"PASSWORD", "MD5", "SCRAM_SHA_256"})
  void userIsRefusedWithAWrongPassword(AuthMethod method) {
    assertThatThrownBy(() -> connect(pg.user(method).name(), "wrong", Map.of()).close())
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
  }

  @Test
  void md5AndScramUsersAreAdmittedByThoseMethodsWithPasswordsStoredToMatch() throws SQLException {
    try (Connection c = connect(pg.superuser(), null, Map.of())) {
      assertThat(hbaMethods(c, pg.user(AuthMethod.MD5).name())).containsOnly("md5");
      assertThat(hbaMethods(c, pg.user(AuthMethod.SCRAM_SHA_256).name()))
          .containsOnly("scram-sha-256");
      assertThat(hbaMethods(c, pg.user(AuthMethod.PASSWORD).name())).containsOnly("password");
      assertThat(hbaMethods(c, pg.user(AuthMethod.CERT).name())).containsOnly("cert");
      assertThat(storedPassword(c, pg.user(AuthMethod.MD5).name())).startsWith("md5");
      assertThat(storedPassword(c, pg.user(AuthMethod.SCRAM_SHA_256).name()))
          .startsWith("SCRAM-SHA-256$");
    }
  }

  @Test
  void tlsVerifiesTheServerAgainstTheCa() throws SQLException {
    try (Connection c = connect(pg.superuser(), null, verifyFull(pg.caCertPath().toString()))) {
      assertThat(single(c, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
          .isEqualTo("t");
    }
  }

  @Test
  void tlsRefusesTheServerAgainstTheWrongCa() {
    assertThatThrownBy(
            () ->
                connect(pg.superuser(), null, verifyFull(pg.wrongCaCertPath().toString())).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("SSL");
  }

  @Test
  void certUserConnectsWithItsClientCertificate() throws SQLException {
    Map<String, String> tls = new java.util.HashMap<>(verifyFull(pg.caCertPath().toString()));
    tls.put("sslcert", pg.clientCertPath().toString());
    tls.put("sslkey", pg.clientKeyDerPath().toString());
    try (Connection c = connect(pg.user(AuthMethod.CERT).name(), null, tls)) {
      assertThat(single(c, "SELECT current_user")).isEqualTo("pgloop_cert");
    }
  }

  @Test
  void certUserIsRefusedWithoutAClientCertificate() {
    String cert = pg.user(AuthMethod.CERT).name();
    assertThatThrownBy(() -> connect(cert, null, verifyFull(pg.caCertPath().toString())).close())
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
    assertThatThrownBy(() -> connect(cert, "cert-secret", Map.of()).close())
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
  }

  @Test
  void hstoreAndCitextCanBeCreated() throws SQLException {
    try (Connection c = connect(pg.superuser(), null, Map.of())) {
      execute(c, "CREATE EXTENSION IF NOT EXISTS hstore");
      execute(c, "CREATE EXTENSION IF NOT EXISTS citext");
      assertThat(single(c, "SELECT ('a=>1, b=>2'::hstore) -> 'b'")).isEqualTo("2");
      assertThat(single(c, "SELECT 'PgLoop'::citext = 'pgloop'::citext")).isEqualTo("t");
    }
  }

  private Connection connect(String user, String password, Map<String, String> extra)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("sslmode", "disable");
    properties.setProperty("connectTimeout", "10");
    extra.forEach(properties::setProperty);
    return DriverManager.getConnection(pg.jdbcUrl(), properties);
  }

  private static Map<String, String> verifyFull(String rootCert) {
    // An absent sslcert file makes pgjdbc send no client certificate.
    return Map.of(
        "sslmode", "verify-full", "sslrootcert", rootCert, "sslcert", "/nonexistent/none.crt");
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as("a row from %s", sql).isTrue();
      return rs.getString(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> hbaMethods(Connection c, String user) throws SQLException {
    List<String> methods = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT auth_method FROM pg_hba_file_rules WHERE '"
                    + user
                    + "' = ANY(user_name)")) {
      while (rs.next()) {
        methods.add(rs.getString(1));
      }
    }
    assertThat(methods).as("pg_hba.conf lines for %s", user).isNotEmpty();
    return methods;
  }

  private static String storedPassword(Connection c, String user) throws SQLException {
    return single(c, "SELECT rolpassword FROM pg_authid WHERE rolname = '" + user + "'");
  }
}
