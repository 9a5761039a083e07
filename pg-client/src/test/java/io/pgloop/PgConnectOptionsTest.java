package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PgConnectOptions} as a data object: defaults, setters, copies, output. */
class PgConnectOptionsTest {

  private static final String OS_USER = System.getProperty("user.name");
  private static final Path HOME = Path.of(System.getProperty("user.home"));

  @Test
  void defaultsAreLibpqs() {
    PgConnectOptions o = new PgConnectOptions();
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5432));
    assertThat(o.getUser()).isEqualTo(OS_USER);
    assertThat(o.getDatabase()).isEqualTo(OS_USER);
    assertThat(o.getPassword()).isNull();
    assertThat(o.getPassfile()).isEqualTo(HOME.resolve(".pgpass"));
    assertThat(o.getApplicationName()).isNull();
    assertThat(o.effectiveApplicationName()).isNull();
    assertThat(o.getConnectTimeout()).isEqualTo(Duration.ZERO);
    assertThat(o.getSslMode()).isEqualTo(SslMode.PREFER);
    assertThat(o.getSslRootCert()).isEqualTo(HOME.resolve(".postgresql/root.crt").toString());
    assertThat(o.getSslCert()).isEqualTo(HOME.resolve(".postgresql/postgresql.crt"));
    assertThat(o.getSslKey()).isEqualTo(HOME.resolve(".postgresql/postgresql.key"));
    assertThat(o.getSslPassword()).isNull();
    assertThat(o.getSslCrl()).isNull();
    assertThat(o.getSslMinProtocolVersion()).isEqualTo("TLSv1.2");
    assertThat(o.getSslMaxProtocolVersion()).isNull();
    assertThat(o.getSslNegotiation()).isEqualTo(SslNegotiation.POSTGRES);
    assertThat(o.getChannelBinding()).isEqualTo(ChannelBinding.PREFER);
    assertThat(o.getRequireAuth()).isSameAs(RequireAuth.ANY);
    assertThat(o.getTargetSessionAttrs()).isEqualTo(TargetSessionAttrs.ANY);
    assertThat(o.getLoadBalanceHosts()).isEqualTo(LoadBalanceHosts.DISABLE);
    assertThat(o.isKeepalives()).isTrue();
    assertThat(o.getKeepalivesIdle()).isEqualTo(Duration.ZERO);
    assertThat(o.getKeepalivesInterval()).isEqualTo(Duration.ZERO);
    assertThat(o.getKeepalivesCount()).isZero();
    assertThat(o.getTcpUserTimeout()).isEqualTo(Duration.ZERO);
    assertThat(o.getMinProtocolVersion()).isEqualTo(ProtocolVersion.V3_0);
    assertThat(o.getMaxProtocolVersion()).isEqualTo(ProtocolVersion.V3_0);
    assertThat(o.getOptions()).isNull();
    assertThat(o.getProperties()).isEmpty();
    assertThat(o.getPipeliningLimit()).isEqualTo(256);
    assertThat(o.getMaxMessageSize()).isEqualTo(1_073_741_824);
    assertThat(o.getScramIterationCap()).isEqualTo(100_000);
  }

  @Test
  void hostAndPortInEitherOrder() {
    assertThat(new PgConnectOptions().setHost("db").setPort(6000).getHosts())
        .containsExactly(new HostAndPort("db", 6000));
    assertThat(new PgConnectOptions().setPort(6000).setHost("db").getHosts())
        .containsExactly(new HostAndPort("db", 6000));
    assertThat(new PgConnectOptions().setPort(6000).getHosts())
        .containsExactly(new HostAndPort("localhost", 6000));
  }

  @Test
  void addHostReplacesTheDefaultAndKeepsOrder() {
    PgConnectOptions o = new PgConnectOptions().addHost("a", 1).addHost("b", 2);
    assertThat(o.getHosts()).containsExactly(new HostAndPort("a", 1), new HostAndPort("b", 2));
    o.setPort(3);
    assertThat(o.getHosts()).containsExactly(new HostAndPort("a", 3), new HostAndPort("b", 3));
    o.setHosts(List.of());
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 3));
  }

  @Test
  void getHostsIsASnapshot() {
    PgConnectOptions o = new PgConnectOptions().setHost("a");
    List<HostAndPort> hosts = o.getHosts();
    o.addHost("b", 5432);
    assertThat(hosts).containsExactly(new HostAndPort("a", 5432));
    assertThatThrownBy(() -> hosts.add(new HostAndPort("c", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copyIsIndependent() {
    PgConnectOptions a =
        new PgConnectOptions()
            .setHost("db")
            .setUser("u")
            .setPassword("pw")
            .setSslMode(SslMode.REQUIRE)
            .setProperty("search_path", "s")
            .setPipeliningLimit(8);
    PgConnectOptions b = new PgConnectOptions(a);
    assertThat(b.toUri()).isEqualTo(a.toUri());
    assertThat(b.getPipeliningLimit()).isEqualTo(8);
    b.addHost("db2", 5432).setProperty("search_path", "t").setPassword("other");
    assertThat(a.getHosts()).containsExactly(new HostAndPort("db", 5432));
    assertThat(a.getProperties()).containsExactly(Map.entry("search_path", "s"));
    assertThat(a.getPassword()).isEqualTo("pw");
  }

  @Test
  void nullAndEmptyRestoreDefaults() {
    PgConnectOptions o =
        new PgConnectOptions()
            .setUser("u")
            .setDatabase("")
            .setPassword("")
            .setSslMode(SslMode.DISABLE)
            .setConnectTimeout(null);
    assertThat(o.getDatabase()).isEqualTo("u");
    assertThat(o.getPassword()).isNull();
    assertThat(o.getConnectTimeout()).isEqualTo(Duration.ZERO);
    assertThat(o.setUser(null).setSslMode(null).getUser()).isEqualTo(OS_USER);
    assertThat(o.getSslMode()).isEqualTo(SslMode.PREFER);
  }

  @Test
  void fallbackApplicationNameOnlyWhenNoneIsGiven() {
    PgConnectOptions o = new PgConnectOptions().setFallbackApplicationName("lib");
    assertThat(o.effectiveApplicationName()).isEqualTo("lib");
    assertThat(o.setApplicationName("app").effectiveApplicationName()).isEqualTo("app");
  }

  @Test
  void setterErrorsNameTheOptionAndValue() {
    PgConnectOptions o = new PgConnectOptions();
    assertThatThrownBy(() -> o.setPort(0)).hasMessage("invalid port number: \"0\"");
    assertThatThrownBy(() -> o.addHost("h", 65536)).hasMessage("invalid port number: \"65536\"");
    assertThatThrownBy(() -> o.setHost("")).hasMessage("host must not be empty");
    assertThatThrownBy(() -> o.setPipeliningLimit(0))
        .hasMessage("pipeliningLimit must be at least 1: 0");
    assertThatThrownBy(() -> o.setMaxMessageSize(1023))
        .hasMessage("maxMessageSize must be at least 1024: 1023");
    assertThatThrownBy(() -> o.setScramIterationCap(0))
        .hasMessage("scramIterationCap must be at least 1: 0");
    assertThatThrownBy(() -> o.setConnectTimeout(Duration.ofSeconds(-1)))
        .hasMessage("connectTimeout must not be negative: PT-1S");
    assertThatThrownBy(() -> o.setKeepalivesCount(-1))
        .hasMessage("keepalivesCount must not be negative: -1");
    assertThat(o.getPipeliningLimit()).isEqualTo(256);
  }

  @Test
  void properties() {
    PgConnectOptions o =
        new PgConnectOptions()
            .setProperty("timezone", "UTC")
            .setProperty("geqo", "off")
            .setProperty("client_encoding", "unicode");
    assertThat(o.getProperties())
        .containsExactly(
            Map.entry("TimeZone", "UTC"),
            Map.entry("geqo", "off"),
            Map.entry("client_encoding", "UTF8"));
    assertThatThrownBy(() -> o.getProperties().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.setProperty("user", "x"))
        .hasMessage("startup parameter \"user\" has its own option: set it there");
    assertThatThrownBy(() -> o.setProperty("Application_Name", "x"))
        .hasMessage("startup parameter \"Application_Name\" has its own option: set it there");
    assertThatThrownBy(() -> o.setProperty("", "x"))
        .hasMessage("invalid startup parameter name: \"\"");
    assertThatThrownBy(() -> o.setProperty("client_encoding", "LATIN1"))
        .hasMessage("invalid client_encoding value: \"LATIN1\" (pgloop only speaks UTF8)");
  }

  @Test
  void setPropertiesIsAllOrNothing() {
    PgConnectOptions o = new PgConnectOptions().setProperty("jit", "off");
    assertThatThrownBy(() -> o.setProperties(Map.of("database", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(o.getProperties()).containsExactly(Map.entry("jit", "off"));
    o.setProperties(Map.of("work_mem", "64MB"));
    assertThat(o.getProperties()).containsExactly(Map.entry("work_mem", "64MB"));
  }

  @Test
  void maxProtocolVersionFollowsTheMinimumUnlessSet() {
    PgConnectOptions o = new PgConnectOptions().setMinProtocolVersion(ProtocolVersion.V3_2);
    assertThat(o.getMaxProtocolVersion()).isEqualTo(ProtocolVersion.V3_2);
    o.setMaxProtocolVersion(ProtocolVersion.V3_0);
    assertThatThrownBy(o::validate)
        .hasMessage("\"min_protocol_version\" is greater than \"max_protocol_version\"");
  }

  @Test
  void validateChecksTheSystemRootsRule() {
    PgConnectOptions o = new PgConnectOptions().setSslRootCert("system");
    assertThat(o.validate().getSslMode()).isEqualTo(SslMode.VERIFY_FULL);
    o.setSslMode(SslMode.VERIFY_CA);
    assertThatThrownBy(o::validate)
        .hasMessage(
            "weak sslmode \"verify-ca\" may not be used with sslrootcert=system (use \"verify-full\")");
  }

  @Test
  void directNegotiationNeedsRequiredTls() {
    PgConnectOptions o = new PgConnectOptions().setSslNegotiation(SslNegotiation.DIRECT);
    assertThatThrownBy(o::validate)
        .hasMessage(
            "weak sslmode \"prefer\" may not be used with sslnegotiation=direct"
                + " (use \"require\", \"verify-ca\", or \"verify-full\")");
    assertThat(o.setSslMode(SslMode.REQUIRE).validate()).isSameAs(o);
  }

  @Test
  void toStringMasksThePasswords() {
    PgConnectOptions o =
        new PgConnectOptions()
            .setHost("db")
            .setUser("bob")
            .setPassword("s3cret")
            .setSslPassword("k3y")
            .setDatabase("app");
    assertThat(o.toString())
        .isEqualTo("PgConnectOptions[postgresql://bob:***@db:5432/app?sslpassword=***]")
        .doesNotContain("s3cret")
        .doesNotContain("k3y");
  }

  @Test
  void toUriOfSimpleOptions() {
    PgConnectOptions o =
        new PgConnectOptions().setHost("db").setUser("bob").setPassword("p@ss").setDatabase("app");
    assertThat(o.toUri()).isEqualTo("postgresql://bob:p%40ss@db:5432/app");
  }

  @Test
  void toUriWritesHostsOfEveryKind() {
    PgConnectOptions o =
        new PgConnectOptions()
            .setUser("u")
            .setDatabase("d")
            .setHosts(
                List.of(
                    new HostAndPort("/var/run/postgresql", 5432),
                    new HostAndPort("::1", 5433),
                    new HostAndPort("db", 5434, "192.0.2.1")));
    assertThat(o.toUri())
        .isEqualTo(
            "postgresql://u@%2Fvar%2Frun%2Fpostgresql:5432,[::1]:5433,db:5434/d"
                + "?hostaddr=%2C%2C192.0.2.1");
    assertThat(PgConnectOptions.fromUri(o.toUri()).getHosts()).isEqualTo(o.getHosts());
  }

  @Test
  void toUriRoundTripsEveryLibpqOption() {
    PgConnectOptions o =
        new PgConnectOptions()
            .addHost("h1", 5432)
            .addHost("h2", 6000)
            .setUser("us er")
            .setPassword("p:w/d")
            .setDatabase("db")
            .setPassfile(Path.of("/tmp/pgpass"))
            .setApplicationName("app")
            .setFallbackApplicationName("fb")
            .setConnectTimeout(Duration.ofSeconds(5))
            .setSslMode(SslMode.VERIFY_FULL)
            .setSslRootCert("/ca.pem")
            .setSslCert(Path.of("/c.pem"))
            .setSslKey(Path.of("/k.pem"))
            .setSslPassword("kp")
            .setSslCrl(Path.of("/crl.pem"))
            .setSslMinProtocolVersion("TLSv1.3")
            .setSslNegotiation(SslNegotiation.DIRECT)
            .setChannelBinding(ChannelBinding.REQUIRE)
            .setRequireAuth(RequireAuth.parse("!password,!md5"))
            .setTargetSessionAttrs(TargetSessionAttrs.READ_WRITE)
            .setLoadBalanceHosts(LoadBalanceHosts.RANDOM)
            .setKeepalives(false)
            .setKeepalivesIdle(Duration.ofSeconds(60))
            .setKeepalivesInterval(Duration.ofSeconds(10))
            .setKeepalivesCount(4)
            .setTcpUserTimeout(Duration.ofMillis(1500))
            .setMinProtocolVersion(ProtocolVersion.V3_2)
            .setOptions("-c geqo=off")
            .setProperty("search_path", "a,b")
            .setProperty("my.setting", "two words");
    String uri = o.toUri();
    PgConnectOptions back = PgConnectOptions.fromUri(uri);
    assertThat(back.toUri()).isEqualTo(uri);
    assertThat(back.getHosts()).isEqualTo(o.getHosts());
    assertThat(back.getPassword()).isEqualTo("p:w/d");
    assertThat(back.getRequireAuth()).isEqualTo(o.getRequireAuth());
    assertThat(back.getTcpUserTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(back.getSslMinProtocolVersion()).isEqualTo("TLSv1.3");
    assertThat(back.getProperties()).containsExactly(Map.entry("search_path", "a,b"));
    // A parameter outside the pass-through list travels as the server's -c option.
    assertThat(back.getOptions()).isEqualTo("-c geqo=off -c my.setting=two\\ words");
  }
}
