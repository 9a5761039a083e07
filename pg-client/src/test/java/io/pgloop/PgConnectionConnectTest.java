package io.pgloop;

import static io.pgloop.test.PgTestBase.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgloop.data.Interval;
import io.pgloop.embedded.AuthMethod;
import io.pgloop.embedded.EmbeddedPostgres;
import io.pgloop.embedded.TestUser;
import io.pgloop.test.FaultProxy;
import io.pgloop.test.PgTestBase;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Connecting: authentication methods, TLS modes, sockets, hosts, timeouts. */
class PgConnectionConnectTest extends PgTestBase {

  private static PgConnectOptions as(AuthMethod method) {
    TestUser user = embedded().user(method);
    return options().setUser(user.name()).setPassword(user.password());
  }

  private String selectOne(PgConnection connection) {
    return await(connection.query("SELECT 'one'").execute()).iterator().next().getString(0);
  }

  @Test
  void connectsAndReportsServerParameters() {
    PgConnection connection = connect();
    assertThat(connection.processId()).isPositive();
    assertThat(connection.parameterStatus("server_version")).isNotBlank();
    assertThat(connection.parameterStatus("client_encoding")).isEqualTo("UTF8");
    assertThat(connection.serverVersionNumber()).isGreaterThanOrEqualTo(100000);
    assertThat(selectOne(connection)).isEqualTo("one");
    await(connection.close());
    assertThat(connection.isClosed()).isTrue();
  }

  @Test
  void everyPasswordMethodAcceptsTheRightPassword() {
    for (AuthMethod method :
        new AuthMethod[] {
          AuthMethod.TRUST, AuthMethod.PASSWORD, AuthMethod.MD5, AuthMethod.SCRAM_SHA_256
        }) {
      PgConnection connection = connect(as(method));
      assertThat(selectOne(connection)).as(method.name()).isEqualTo("one");
      await(connection.close());
    }
  }

  @Test
  void aRoleWithAnotherIntervalStyleStillReadsIntervalsInText() {
    TestUser user = embedded().user(AuthMethod.TRUST);
    PgConnection admin = connect();
    await(admin.query("ALTER ROLE " + user.name() + " SET IntervalStyle = 'iso_8601'").execute());
    try {
      PgConnection connection = connect(as(AuthMethod.TRUST));
      Row row =
          await(connection.query("SELECT '1 year 2 mons -3 days 04:05:06.5'::interval").execute())
              .iterator()
              .next();
      assertThat(row.get(Interval.class, 0))
          .isEqualTo(new Interval(14, -3, ((4 * 60 + 5) * 60 + 6) * 1_000_000L + 500_000));
      await(connection.close());
    } finally {
      await(admin.query("ALTER ROLE " + user.name() + " RESET IntervalStyle").execute());
    }
  }

  @Test
  void aWrongPasswordFailsWith28P01() {
    for (AuthMethod method :
        new AuthMethod[] {AuthMethod.PASSWORD, AuthMethod.MD5, AuthMethod.SCRAM_SHA_256}) {
      Throwable failure = failure(PgConnection.connect(vertx, as(method).setPassword("wrong")));
      assertThat(failure).as(method.name()).isInstanceOf(PgException.class);
      PgException error = (PgException) failure;
      assertThat(error.sqlState()).isEqualTo("28P01");
      assertThat(error.getMessage())
          .startsWith(
              "FATAL:  password authentication failed for user \""
                  + embedded().user(method).name()
                  + "\"");
    }
  }

  @Test
  void aMissingPasswordIsAClearError() {
    Throwable failure =
        failure(
            PgConnection.connect(
                vertx, as(AuthMethod.SCRAM_SHA_256).setPassword(null).setPassfile(null)));
    assertThat(failure)
        .isInstanceOf(PgConnectionException.class)
        .hasMessageContaining(
            "the server asked for a password for user \"pgloop_scram\", but none was given");
  }

  @Test
  void thePasswordFileSuppliesAMissingPassword(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    TestUser user = embedded().user(AuthMethod.SCRAM_SHA_256);
    java.nio.file.Path passfile = dir.resolve("pgpass");
    java.nio.file.Files.writeString(
        passfile, "*:*:*:" + user.name() + ":" + user.password() + "\n");
    java.nio.file.Files.setPosixFilePermissions(
        passfile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    PgConnection connection =
        connect(as(AuthMethod.SCRAM_SHA_256).setPassword(null).setPassfile(passfile));
    assertThat(selectOne(connection)).isEqualTo("one");
  }

  @Test
  void scramOverTlsBindsTheChannel() {
    EmbeddedPostgres pg = embedded();
    PgConnectOptions options =
        as(AuthMethod.SCRAM_SHA_256)
            .setSslMode(SslMode.VERIFY_FULL)
            .setSslRootCert(pg.caCertPath().toString())
            .setChannelBinding(ChannelBinding.REQUIRE);
    if (pg.majorVersion() < 11) {
      // SCRAM-SHA-256-PLUS came with PostgreSQL 11: require must refuse, not downgrade.
      assertThat(failure(PgConnection.connect(vertx, options)))
          .hasMessage(
              "channel binding is required, but the server did not offer SCRAM-SHA-256-PLUS");
      return;
    }
    PgConnection connection = connect(options);
    assertThat(connection.isSsl()).isTrue();
    assertThat(selectOne(connection)).isEqualTo("one");
  }

  @Test
  void aScramIterationCountAboveTheCapIsRefusedBeforeHashing() {
    // PostgreSQL stores SCRAM secrets with 4096 iterations by default.
    Throwable failure =
        failure(
            PgConnection.connect(vertx, as(AuthMethod.SCRAM_SHA_256).setScramIterationCap(1000)));
    assertThat(failure)
        .isInstanceOf(PgConnectionException.class)
        .hasMessageContaining("the server asked for 4096 SCRAM iterations, above the cap of 1000");
  }

  @Test
  void protocol32IsNegotiatedWhereTheServerHasIt() {
    PgConnection connection = connect(options().setMaxProtocolVersion(ProtocolVersion.V3_2));
    int expected = connection.serverVersionNumber() >= 180000 ? 2 : 0;
    assertThat(connection.protocolMinorVersion()).isEqualTo(expected);
    assertThat(selectOne(connection)).isEqualTo("one");
  }

  @Test
  void aMinimumProtocolAboveTheServersIsRefused() {
    PgConnectOptions options =
        options()
            .setMinProtocolVersion(ProtocolVersion.V3_2)
            .setMaxProtocolVersion(ProtocolVersion.V3_2);
    if (server.requireEmbedded().majorVersion() >= 18) {
      assertThat(selectOne(connect(options))).isEqualTo("one");
    } else {
      assertThat(failure(PgConnection.connect(vertx, options)))
          .hasMessageContaining("below min_protocol_version 3.2");
    }
  }

  @Test
  void channelBindingRequiredWithoutTlsIsRefused() {
    Throwable failure =
        failure(
            PgConnection.connect(
                vertx, as(AuthMethod.SCRAM_SHA_256).setChannelBinding(ChannelBinding.REQUIRE)));
    assertThat(failure).hasMessageContaining("channel binding is required");
  }

  @Test
  void channelBindingRequiredWithAPasswordMethodIsRefused() {
    Throwable failure =
        failure(
            PgConnection.connect(
                vertx,
                as(AuthMethod.MD5)
                    .setSslMode(SslMode.REQUIRE)
                    .setChannelBinding(ChannelBinding.REQUIRE)));
    assertThat(failure).isInstanceOf(PgConnectionException.class);
  }

  @Test
  void requireAuthRefusesAnotherMethod() {
    Throwable failure =
        failure(
            PgConnection.connect(
                vertx, as(AuthMethod.MD5).setRequireAuth(RequireAuth.parse("scram-sha-256"))));
    assertThat(failure)
        .hasMessageContaining("authentication method requirement \"scram-sha-256\" failed")
        .hasMessageContaining("MD5");
  }

  @Test
  void sslModesNegotiateAsLibpq() {
    EmbeddedPostgres pg = embedded();
    assertThat(connect(options().setSslMode(SslMode.DISABLE)).isSsl()).isFalse();
    assertThat(connect(options().setSslMode(SslMode.ALLOW)).isSsl()).isFalse();
    assertThat(connect(options().setSslMode(SslMode.PREFER)).isSsl()).isTrue();
    assertThat(connect(options().setSslMode(SslMode.REQUIRE)).isSsl()).isTrue();
    PgConnectOptions verified = options().setSslRootCert(pg.caCertPath().toString());
    assertThat(connect(verified.setSslMode(SslMode.VERIFY_CA)).isSsl()).isTrue();
    assertThat(connect(verified.setSslMode(SslMode.VERIFY_FULL)).isSsl()).isTrue();
  }

  @Test
  void aCertificateFromAnotherAuthorityIsRefused() {
    EmbeddedPostgres pg = embedded();
    for (SslMode mode : new SslMode[] {SslMode.REQUIRE, SslMode.VERIFY_CA, SslMode.VERIFY_FULL}) {
      Throwable failure =
          failure(
              PgConnection.connect(
                  vertx,
                  options().setSslMode(mode).setSslRootCert(pg.wrongCaCertPath().toString())));
      assertThat(failure).as(mode.name()).isInstanceOf(PgConnectionException.class);
      assertThat(failure.getMessage()).as(mode.name()).contains("TLS handshake failed");
    }
  }

  @Test
  void verifyFullChecksTheHostName() {
    EmbeddedPostgres pg = embedded();
    PgConnectOptions wrongName =
        options()
            .setHosts(java.util.List.of(new HostAndPort("pgloop.invalid", pg.port(), "127.0.0.1")))
            .setSslRootCert(pg.caCertPath().toString());
    assertThat(connect(wrongName.setSslMode(SslMode.VERIFY_CA)).isSsl()).isTrue();
    Throwable failure =
        failure(PgConnection.connect(vertx, wrongName.setSslMode(SslMode.VERIFY_FULL)));
    assertThat(failure).hasMessageContaining("TLS handshake failed");
  }

  @Test
  void theCertificateUserNeedsItsCertificate() {
    EmbeddedPostgres pg = embedded();
    PgConnectOptions cert =
        options()
            .setUser(pg.user(AuthMethod.CERT).name())
            .setSslMode(SslMode.VERIFY_FULL)
            .setSslRootCert(pg.caCertPath().toString());
    Throwable failure = failure(PgConnection.connect(vertx, cert));
    assertThat(failure).isInstanceOf(PgException.class);
    assertThat(((PgException) failure).sqlState()).startsWith("28");
    PgConnection connection =
        connect(cert.setSslCert(pg.clientCertPath()).setSslKey(pg.clientKeyPath()));
    assertThat(selectOne(connection)).isEqualTo("one");
  }

  @Test
  void directSslOnPostgres17AndLater() {
    EmbeddedPostgres pg = embedded();
    assumeTrue(pg.majorVersion() >= 17, "direct SSL needs PostgreSQL 17 or later");
    PgConnection connection =
        connect(
            options()
                .setSslMode(SslMode.VERIFY_FULL)
                .setSslRootCert(pg.caCertPath().toString())
                .setSslNegotiation(SslNegotiation.DIRECT));
    assertThat(connection.isSsl()).isTrue();
    assertThat(selectOne(connection)).isEqualTo("one");
  }

  @Test
  void connectsOverTheUnixSocket() {
    EmbeddedPostgres pg = embedded();
    PgConnection connection =
        connect(options().setHost(pg.socketDirectory().toString()).setPort(pg.port()));
    assertThat(connection.isSsl()).isFalse();
    assertThat(
            await(connection.query("SELECT inet_client_addr() IS NULL").execute())
                .iterator()
                .next()
                .getBoolean(0))
        .isTrue();
  }

  @Test
  void triesTheNextHostWhenTheFirstIsDown() throws Exception {
    int closedPort;
    try (ServerSocket socket = FaultProxy.silentServer()) {
      closedPort = socket.getLocalPort();
    }
    PgConnectOptions options =
        options()
            .setHosts(
                java.util.List.of(
                    new HostAndPort("127.0.0.1", closedPort),
                    new HostAndPort(server.host(), server.port())));
    assertThat(selectOne(connect(options))).isEqualTo("one");
  }

  @Test
  void whenEveryHostFailsTheErrorListsThemAll() throws Exception {
    int closedPort;
    try (ServerSocket socket = FaultProxy.silentServer()) {
      closedPort = socket.getLocalPort();
    }
    PgConnectOptions options =
        options()
            .setHosts(
                java.util.List.of(
                    new HostAndPort("127.0.0.1", closedPort),
                    new HostAndPort(server.host(), server.port())))
            .setPassword("wrong")
            .setUser("nobody_here");
    Throwable failure = failure(PgConnection.connect(vertx, options));
    assertThat(failure)
        .isInstanceOf(PgConnectionException.class)
        .hasMessageStartingWith("could not connect to any of 2 hosts:")
        .hasMessageContaining("127.0.0.1:" + closedPort + ": ")
        .hasMessageContaining(server.host() + ":" + server.port() + ": FATAL:");
  }

  @Test
  void targetSessionAttrsPicksAMatchingServer() throws Exception {
    assertThat(selectOne(connect(options().setTargetSessionAttrs(TargetSessionAttrs.READ_WRITE))))
        .isEqualTo("one");
    assertThat(selectOne(connect(options().setTargetSessionAttrs(TargetSessionAttrs.PRIMARY))))
        .isEqualTo("one");
    assertThat(
            selectOne(connect(options().setTargetSessionAttrs(TargetSessionAttrs.PREFER_STANDBY))))
        .isEqualTo("one");
    assertThat(
            failure(
                PgConnection.connect(
                    vertx, options().setTargetSessionAttrs(TargetSessionAttrs.STANDBY))))
        .hasMessageContaining("server is not in hot standby mode");
    assertThat(
            failure(
                PgConnection.connect(
                    vertx, options().setTargetSessionAttrs(TargetSessionAttrs.READ_ONLY))))
        .hasMessageContaining("session is not read-only");
    PgConnectOptions readOnly = options().setTargetSessionAttrs(TargetSessionAttrs.READ_ONLY);
    readOnly.setProperty("default_transaction_read_only", "on");
    assertThat(selectOne(connect(readOnly))).isEqualTo("one");
  }

  @Test
  void connectTimeoutIsHonouredAgainstAServerThatNeverAnswers() throws Exception {
    try (ServerSocket silent = FaultProxy.silentServer()) {
      PgConnectOptions options =
          options()
              .setHost("127.0.0.1")
              .setPort(silent.getLocalPort())
              .setConnectTimeout(Duration.ofSeconds(2));
      // Timed where the failure happens, not where this thread wakes up to see it.
      long start = System.nanoTime();
      java.util.concurrent.atomic.AtomicLong failedAt =
          new java.util.concurrent.atomic.AtomicLong();
      Throwable failure =
          failure(
              PgConnection.connect(vertx, options).onFailure(e -> failedAt.set(System.nanoTime())));
      long elapsedMillis = (failedAt.get() - start) / 1_000_000;
      assertThat(failure).hasMessageContaining("timeout expired");
      assertThat(elapsedMillis).isBetween(1800L, 2200L);
    }
  }

  @Test
  void connectsFromAThreadThatIsNotVertx() throws Exception {
    PgConnection connection =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> connect()).get();
    assertThat(selectOne(connection)).isEqualTo("one");
  }
}
