package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PgConnectOptions#fromEnv(Map)} and {@link PgConnectOptions#resolve(String, Map)}. */
class PgConnectOptionsEnvTest {

  private static final String OS_USER = System.getProperty("user.name");

  @Test
  void everyVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("PGHOST", "h1,h2");
    env.put("PGHOSTADDR", "192.0.2.1,192.0.2.2");
    env.put("PGPORT", "6000");
    env.put("PGDATABASE", "envdb");
    env.put("PGUSER", "envuser");
    env.put("PGPASSWORD", "envpw");
    env.put("PGPASSFILE", "/tmp/envpass");
    env.put("PGSSLMODE", "verify-ca");
    env.put("PGSSLROOTCERT", "/ca.pem");
    env.put("PGSSLCERT", "/c.pem");
    env.put("PGSSLKEY", "/k.pem");
    env.put("PGSSLNEGOTIATION", "direct");
    env.put("PGCHANNELBINDING", "require");
    env.put("PGREQUIREAUTH", "scram-sha-256");
    env.put("PGAPPNAME", "envapp");
    env.put("PGCONNECT_TIMEOUT", "7");
    env.put("PGTARGETSESSIONATTRS", "primary");
    env.put("PGLOADBALANCEHOSTS", "random");
    env.put("PGOPTIONS", "-c geqo=off");
    env.put("PGTZ", "Europe/Paris");
    env.put("PGDATESTYLE", "ISO, DMY");
    env.put("PGCLIENTENCODING", "UTF8");
    env.put("PGMINPROTOCOLVERSION", "3.0");
    env.put("PGMAXPROTOCOLVERSION", "latest");

    PgConnectOptions o = PgConnectOptions.fromEnv(env);

    assertThat(o.getHosts())
        .containsExactly(
            new HostAndPort("h1", 6000, "192.0.2.1"), new HostAndPort("h2", 6000, "192.0.2.2"));
    assertThat(o.getDatabase()).isEqualTo("envdb");
    assertThat(o.getUser()).isEqualTo("envuser");
    assertThat(o.getPassword()).isEqualTo("envpw");
    assertThat(o.getPassfile()).isEqualTo(Path.of("/tmp/envpass"));
    assertThat(o.getSslMode()).isEqualTo(SslMode.VERIFY_CA);
    assertThat(o.getSslRootCert()).isEqualTo("/ca.pem");
    assertThat(o.getSslCert()).isEqualTo(Path.of("/c.pem"));
    assertThat(o.getSslKey()).isEqualTo(Path.of("/k.pem"));
    assertThat(o.getSslNegotiation()).isEqualTo(SslNegotiation.DIRECT);
    assertThat(o.getChannelBinding()).isEqualTo(ChannelBinding.REQUIRE);
    assertThat(o.getRequireAuth().allowed()).containsExactly(RequireAuth.Method.SCRAM_SHA_256);
    assertThat(o.getApplicationName()).isEqualTo("envapp");
    assertThat(o.getConnectTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(o.getTargetSessionAttrs()).isEqualTo(TargetSessionAttrs.PRIMARY);
    assertThat(o.getLoadBalanceHosts()).isEqualTo(LoadBalanceHosts.RANDOM);
    assertThat(o.getOptions()).isEqualTo("-c geqo=off");
    assertThat(o.getProperties())
        .containsOnly(
            Map.entry("TimeZone", "Europe/Paris"),
            Map.entry("DateStyle", "ISO, DMY"),
            Map.entry("client_encoding", "UTF8"));
    assertThat(o.getMinProtocolVersion()).isEqualTo(ProtocolVersion.V3_0);
    assertThat(o.getMaxProtocolVersion()).isEqualTo(ProtocolVersion.V3_2);
  }

  @Test
  void emptyEnvironmentGivesTheDefaults() {
    PgConnectOptions o = PgConnectOptions.fromEnv(Map.of());
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5432));
    assertThat(o.getUser()).isEqualTo(OS_USER);
    assertThat(o.getDatabase()).isEqualTo(OS_USER);
    assertThat(o.getSslMode()).isEqualTo(SslMode.PREFER);
  }

  @Test
  void connectionStringWinsOverEnvironmentWhichWinsOverDefaults() {
    Map<String, String> env =
        Map.of(
            "PGHOST", "envhost",
            "PGPORT", "6000",
            "PGDATABASE", "envdb",
            "PGUSER", "envuser",
            "PGSSLMODE", "require",
            "PGTZ", "UTC");
    PgConnectOptions o =
        PgConnectOptions.resolve("postgresql://urihost/uridb?timezone=Asia/Tokyo", env);
    assertThat(o.getHosts()).containsExactly(new HostAndPort("urihost", 6000));
    assertThat(o.getDatabase()).isEqualTo("uridb");
    assertThat(o.getUser()).isEqualTo("envuser");
    assertThat(o.getSslMode()).isEqualTo(SslMode.REQUIRE);
    assertThat(o.getProperties()).containsExactly(Map.entry("TimeZone", "Asia/Tokyo"));
    assertThat(o.getChannelBinding()).isEqualTo(ChannelBinding.PREFER);
  }

  @Test
  void conninfoOverEnvironment() {
    PgConnectOptions o =
        PgConnectOptions.resolve("port=7000 user=''", Map.of("PGPORT", "6000", "PGUSER", "env"));
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 7000));
    // Given, even empty, the key hides its variable, as in libpq.
    assertThat(o.getUser()).isEqualTo(OS_USER);
  }

  @Test
  void emptyUriPathLeavesPgdatabase() {
    assertThat(PgConnectOptions.resolve("postgresql://h/", Map.of("PGDATABASE", "e")).getDatabase())
        .isEqualTo("e");
  }

  @Test
  void uriHostListWithoutPortsHidesPgport() {
    // libpq stores the port list "," for "h1,h2", which takes the default for both.
    PgConnectOptions o = PgConnectOptions.resolve("postgresql://h1,h2", Map.of("PGPORT", "6000"));
    assertThat(o.getHosts())
        .containsExactly(new HostAndPort("h1", 5432), new HostAndPort("h2", 5432));
  }

  @Test
  void pgsslrootcertSystemMakesVerifyFullTheDefault() {
    assertThat(PgConnectOptions.fromEnv(Map.of("PGSSLROOTCERT", "system")).getSslMode())
        .isEqualTo(SslMode.VERIFY_FULL);
  }

  @Test
  void explicitModeFromTheEnvironmentStillConflictsWithSystemRoots() {
    assertThatThrownBy(
            () -> PgConnectOptions.resolve("sslrootcert=system", Map.of("PGSSLMODE", "verify-ca")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weak sslmode \"verify-ca\" may not be used with sslrootcert=system (use \"verify-full\")");
  }

  @Test
  void badVariableNamesTheLibpqKey() {
    assertThatThrownBy(() -> PgConnectOptions.fromEnv(Map.of("PGCONNECT_TIMEOUT", "soon")))
        .hasMessage("invalid integer value \"soon\" for connection option \"connect_timeout\"");
    assertThatThrownBy(() -> PgConnectOptions.fromEnv(Map.of("PGCLIENTENCODING", "SQL_ASCII")))
        .hasMessage("invalid client_encoding value: \"SQL_ASCII\" (pgloop only speaks UTF8)");
  }

  @Test
  void variablesOfUnsupportedFeaturesAreNotRead() {
    PgConnectOptions o =
        PgConnectOptions.fromEnv(Map.of("PGSERVICE", "svc", "PGGSSENCMODE", "require"));
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5432));
  }

  @Test
  void fromEnvReadsTheProcessEnvironment() {
    // Only checks that it runs: the build's environment is unknown.
    assertThat(PgConnectOptions.fromEnv(Map.copyOf(System.getenv())).getHosts()).isNotEmpty();
  }
}
