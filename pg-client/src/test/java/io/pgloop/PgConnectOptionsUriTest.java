package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PgConnectOptions#fromUri(String)}: libpq's URI syntax, examples and errors. */
class PgConnectOptionsUriTest {

  private static final String OS_USER = System.getProperty("user.name");

  // ---- the examples of the libpq documentation, section 34.1.1.2 "Connection URIs" ----

  @Test
  void bareScheme() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5432));
    assertThat(o.getUser()).isEqualTo(OS_USER);
    assertThat(o.getDatabase()).isEqualTo(OS_USER);
    assertThat(o.getPassword()).isNull();
  }

  @Test
  void host() {
    assertThat(PgConnectOptions.fromUri("postgresql://localhost").getHosts())
        .containsExactly(new HostAndPort("localhost", 5432));
  }

  @Test
  void hostAndPort() {
    assertThat(PgConnectOptions.fromUri("postgresql://localhost:5433").getHosts())
        .containsExactly(new HostAndPort("localhost", 5433));
  }

  @Test
  void database() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://localhost/mydb");
    assertThat(o.getDatabase()).isEqualTo("mydb");
    assertThat(o.getUser()).isEqualTo(OS_USER);
  }

  @Test
  void user() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://user@localhost");
    assertThat(o.getUser()).isEqualTo("user");
    assertThat(o.getDatabase()).isEqualTo("user");
    assertThat(o.getPassword()).isNull();
  }

  @Test
  void userAndPassword() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://user:secret@localhost");
    assertThat(o.getUser()).isEqualTo("user");
    assertThat(o.getPassword()).isEqualTo("secret");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5432));
  }

  @Test
  void queryParameters() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://other@localhost/otherdb?connect_timeout=10&application_name=myapp");
    assertThat(o.getUser()).isEqualTo("other");
    assertThat(o.getDatabase()).isEqualTo("otherdb");
    assertThat(o.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.getApplicationName()).isEqualTo("myapp");
  }

  @Test
  void severalHosts() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://host1:123,host2:456/somedb?target_session_attrs=any&application_name=myapp");
    assertThat(o.getHosts())
        .containsExactly(new HostAndPort("host1", 123), new HostAndPort("host2", 456));
    assertThat(o.getDatabase()).isEqualTo("somedb");
    assertThat(o.getTargetSessionAttrs()).isEqualTo(TargetSessionAttrs.ANY);
    assertThat(o.getApplicationName()).isEqualTo("myapp");
  }

  @Test
  void hostAndPortAsQueryParameters() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql:///mydb?host=localhost&port=5433");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5433));
    assertThat(o.getDatabase()).isEqualTo("mydb");
  }

  @Test
  void ipv6InBrackets() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://[2001:db8::1234]/database");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("2001:db8::1234", 5432));
    assertThat(o.getDatabase()).isEqualTo("database");
  }

  @Test
  void ipv6WithPort() {
    assertThat(PgConnectOptions.fromUri("postgresql://[::1]:5433").getHosts())
        .containsExactly(new HostAndPort("::1", 5433));
  }

  @Test
  void percentEncodedSocketDirectory() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://%2Fvar%2Flib%2Fpostgresql/dbname");
    HostAndPort host = o.getHosts().get(0);
    assertThat(host).isEqualTo(new HostAndPort("/var/lib/postgresql", 5432));
    assertThat(host.isUnixSocket()).isTrue();
    assertThat(host.unixSocketPath()).isEqualTo("/var/lib/postgresql/.s.PGSQL.5432");
    assertThat(o.getDatabase()).isEqualTo("dbname");
  }

  @Test
  void socketDirectoryAsQueryParameter() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql:///dbname?host=/var/lib/postgresql");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("/var/lib/postgresql", 5432));
    assertThat(o.getHosts().get(0).isUnixSocket()).isTrue();
    assertThat(o.getDatabase()).isEqualTo("dbname");
  }

  // ---- more of libpq's URI rules ----

  @Test
  void shortScheme() {
    assertThat(PgConnectOptions.fromUri("postgres://u@db:6000/app").getHosts())
        .containsExactly(new HostAndPort("db", 6000));
  }

  @Test
  void percentDecodingInEveryPart() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://us%40er:p%3Ass%2Fw%C3%B6rd@db/my%20db?application_name=a%26b+c");
    assertThat(o.getUser()).isEqualTo("us@er");
    assertThat(o.getPassword()).isEqualTo("p:ss/wörd");
    assertThat(o.getDatabase()).isEqualTo("my db");
    // libpq does not read '+' as a space.
    assertThat(o.getApplicationName()).isEqualTo("a&b+c");
  }

  @Test
  void hostWithoutPortInAListTakesTheDefaultPort() {
    assertThat(PgConnectOptions.fromUri("postgresql://h1,h2:5433,[::1]").getHosts())
        .containsExactly(
            new HostAndPort("h1", 5432), new HostAndPort("h2", 5433), new HostAndPort("::1", 5432));
  }

  @Test
  void repeatedHostsAndPortsAsQueryParameters() {
    assertThat(PgConnectOptions.fromUri("postgresql://?host=h1,h2&port=5432,5433").getHosts())
        .containsExactly(new HostAndPort("h1", 5432), new HostAndPort("h2", 5433));
  }

  @Test
  void oneQueryPortAppliesToEveryHost() {
    assertThat(PgConnectOptions.fromUri("postgresql://?host=h1,h2,h3&port=6000").getHosts())
        .containsExactly(
            new HostAndPort("h1", 6000), new HostAndPort("h2", 6000), new HostAndPort("h3", 6000));
  }

  @Test
  void queryParameterOverridesTheNetloc() {
    assertThat(PgConnectOptions.fromUri("postgresql://h1/db?host=h2").getHosts())
        .containsExactly(new HostAndPort("h2", 5432));
  }

  @Test
  void hostaddrSkipsResolution() {
    PgConnectOptions o =
        PgConnectOptions.fromUri("postgresql://db.example.com/app?hostaddr=192.0.2.7");
    HostAndPort host = o.getHosts().get(0);
    assertThat(host).isEqualTo(new HostAndPort("db.example.com", 5432, "192.0.2.7"));
    assertThat(host.connectAddress()).isEqualTo("192.0.2.7");
    assertThat(host.isUnixSocket()).isFalse();
  }

  @Test
  void hostaddrWithoutHostNamesTheHostByItsAddress() {
    assertThat(PgConnectOptions.fromUri("postgresql://?hostaddr=192.0.2.7,192.0.2.8").getHosts())
        .containsExactly(
            new HostAndPort("192.0.2.7", 5432, "192.0.2.7"),
            new HostAndPort("192.0.2.8", 5432, "192.0.2.8"));
  }

  @Test
  void sslTrueMeansRequire() {
    assertThat(PgConnectOptions.fromUri("postgresql://h?ssl=true").getSslMode())
        .isEqualTo(SslMode.REQUIRE);
  }

  @Test
  void requiresslIsTranslated() {
    assertThat(PgConnectOptions.fromUri("postgresql://h?requiressl=1").getSslMode())
        .isEqualTo(SslMode.REQUIRE);
    assertThat(PgConnectOptions.fromUri("postgresql://h?requiressl=0").getSslMode())
        .isEqualTo(SslMode.PREFER);
  }

  @Test
  void everyTypedOption() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://h/db?sslmode=verify-ca&sslrootcert=/etc/ca.pem&sslcert=/c.pem"
                + "&sslkey=/k.pem&sslpassword=kp&sslcrl=/crl.pem&sslcrldir=/crls"
                + "&sslnegotiation=direct&channel_binding=require&require_auth=scram-sha-256"
                + "&target_session_attrs=prefer-standby&load_balance_hosts=random&keepalives=0"
                + "&keepalives_idle=30&keepalives_interval=5&keepalives_count=3"
                + "&tcp_user_timeout=9000&passfile=/tmp/pgpass&fallback_application_name=fb"
                + "&options=-c%20geqo%3Doff&min_protocol_version=3.2");
    assertThat(o.getSslMode()).isEqualTo(SslMode.VERIFY_CA);
    assertThat(o.getSslRootCert()).isEqualTo("/etc/ca.pem");
    assertThat(o.getSslCert()).hasToString("/c.pem");
    assertThat(o.getSslKey()).hasToString("/k.pem");
    assertThat(o.getSslPassword()).isEqualTo("kp");
    assertThat(o.getSslCrl()).hasToString("/crl.pem");
    assertThat(o.getSslCrlDir()).hasToString("/crls");
    assertThat(o.getSslNegotiation()).isEqualTo(SslNegotiation.DIRECT);
    assertThat(o.getChannelBinding()).isEqualTo(ChannelBinding.REQUIRE);
    assertThat(o.getRequireAuth()).isEqualTo(RequireAuth.parse("scram-sha-256"));
    assertThat(o.getTargetSessionAttrs()).isEqualTo(TargetSessionAttrs.PREFER_STANDBY);
    assertThat(o.getLoadBalanceHosts()).isEqualTo(LoadBalanceHosts.RANDOM);
    assertThat(o.isKeepalives()).isFalse();
    assertThat(o.getKeepalivesIdle()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.getKeepalivesInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.getKeepalivesCount()).isEqualTo(3);
    assertThat(o.getTcpUserTimeout()).isEqualTo(Duration.ofMillis(9000));
    assertThat(o.getPassfile()).hasToString("/tmp/pgpass");
    assertThat(o.getFallbackApplicationName()).isEqualTo("fb");
    assertThat(o.effectiveApplicationName()).isEqualTo("fb");
    assertThat(o.getOptions()).isEqualTo("-c geqo=off");
    assertThat(o.getMinProtocolVersion()).isEqualTo(ProtocolVersion.V3_2);
    assertThat(o.getMaxProtocolVersion()).isEqualTo(ProtocolVersion.V3_2);
  }

  @ParameterizedTest
  @CsvSource({"1, 2", "2, 2", "0, 0", "-5, 0", "' 7 ', 7"})
  void connectTimeoutFollowsLibpq(String value, long seconds) {
    assertThat(
            PgConnectOptions.fromUri("postgresql://h?connect_timeout=" + value.replace(" ", "%20"))
                .getConnectTimeout())
        .isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void negativeKeepaliveValuesMeanTheSystemDefault() {
    PgConnectOptions o =
        PgConnectOptions.fromUri("postgresql://h?keepalives_idle=-1&keepalives_count=-2");
    assertThat(o.getKeepalivesIdle()).isEqualTo(Duration.ZERO);
    assertThat(o.getKeepalivesCount()).isZero();
  }

  @Test
  void passThroughServerParametersBecomeStartupParameters() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://h?search_path=app,public&timezone=UTC&DATESTYLE=ISO&statement_timeout=5s"
                + "&client_encoding=utf-8");
    assertThat(o.getProperties())
        .containsExactly(
            Map.entry("search_path", "app,public"),
            Map.entry("TimeZone", "UTC"),
            Map.entry("DateStyle", "ISO"),
            Map.entry("statement_timeout", "5s"),
            Map.entry("client_encoding", "UTF8"));
  }

  @Test
  void ignoredLibpqKeysAreAccepted() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://h?gssencmode=prefer&krbsrvname=pg&sslcompression=1&sslsni=0"
                + "&sslcertmode=allow&replication=false");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("h", 5432));
    assertThat(o.getProperties()).isEmpty();
  }

  @Test
  void tlsVersionRange() {
    PgConnectOptions o =
        PgConnectOptions.fromUri(
            "postgresql://h?ssl_min_protocol_version=tlsv1.3&ssl_max_protocol_version=TLSv1.3");
    assertThat(o.getSslMinProtocolVersion()).isEqualTo("TLSv1.3");
    assertThat(o.getSslMaxProtocolVersion()).isEqualTo("TLSv1.3");
    PgConnectOptions dflt = PgConnectOptions.fromUri("postgresql://h");
    assertThat(dflt.getSslMinProtocolVersion()).isEqualTo("TLSv1.2");
    assertThat(dflt.getSslMaxProtocolVersion()).isNull();
  }

  @Test
  void sslrootcertSystemMakesVerifyFullTheDefault() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://h?sslrootcert=system");
    assertThat(o.getSslMode()).isEqualTo(SslMode.VERIFY_FULL);
    assertThat(o.isSslRootCertSystem()).isTrue();
  }

  @Test
  void emptyValuesAreNotSet() {
    PgConnectOptions o = PgConnectOptions.fromUri("postgresql://h?application_name=&sslmode=");
    assertThat(o.getApplicationName()).isNull();
    assertThat(o.getSslMode()).isEqualTo(SslMode.PREFER);
  }

  // ---- errors, with the exact text ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mysql://h                                | invalid URI: it must start with "postgresql://" or "postgres://"
          postgresql://h?sslmode=foo               | invalid sslmode value: "foo" (allowed: disable, allow, prefer, require, verify-ca, verify-full)
          postgresql://h?sslmode=REQUIRE           | invalid sslmode value: "REQUIRE" (allowed: disable, allow, prefer, require, verify-ca, verify-full)
          postgresql://localhost:abc               | invalid port number: "abc"
          postgresql://localhost:70000             | invalid port number: "70000"
          postgresql://h?port=0                    | invalid port number: "0"
          postgresql://h?foo=bar                   | invalid URI query parameter: "foo"
          postgresql://h?host=h1,h2&port=1,2,3     | could not match 3 port numbers to 2 hosts
          postgresql://h1:1,h2:2,h3:3?host=a,b     | could not match 3 port numbers to 2 hosts
          postgresql://?host=a,b&hostaddr=192.0.2.1 | could not match 2 host names to 1 hostaddr values
          postgresql://h?connect_timeout=ten       | invalid integer value "ten" for connection option "connect_timeout"
          postgresql://h?keepalives=yes            | invalid integer value "yes" for connection option "keepalives"
          postgresql://h?channel_binding=on        | invalid channel_binding value: "on" (allowed: disable, prefer, require)
          postgresql://h?sslnegotiation=tls        | invalid sslnegotiation value: "tls" (allowed: postgres, direct)
          postgresql://h?target_session_attrs=rw   | invalid target_session_attrs value: "rw" (allowed: any, read-write, read-only, primary, standby, prefer-standby)
          postgresql://h?load_balance_hosts=on     | invalid load_balance_hosts value: "on" (allowed: disable, random)
          postgresql://h?min_protocol_version=3.1  | invalid min_protocol_version value: "3.1" (allowed: 3.0, 3.2, latest)
          postgresql://h?max_protocol_version=4    | invalid max_protocol_version value: "4" (allowed: 3.0, 3.2, latest)
          postgresql://h?min_protocol_version=latest&max_protocol_version=3.0 | "min_protocol_version" is greater than "max_protocol_version"
          postgresql://h?require_auth=kerberos     | invalid require_auth value: "kerberos"
          postgresql://h?sslrootcert=system&sslmode=require | weak sslmode "require" may not be used with sslrootcert=system (use "verify-full")
          postgresql://h?sslnegotiation=direct     | weak sslmode "prefer" may not be used with sslnegotiation=direct (use "require", "verify-ca", or "verify-full")
          postgresql://h?ssl_min_protocol_version=SSLv3 | invalid ssl_min_protocol_version value: "SSLv3" (allowed: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)
          postgresql://h?ssl_max_protocol_version=TLSv1.1 | invalid SSL protocol version range
          postgresql://h?gssencmode=require        | gssencmode value "require" invalid when GSSAPI support is not compiled in
          postgresql://h?sslcertmode=require       | sslcertmode value "require" is not supported by pgloop
          postgresql://h?service=mydb              | connection option "service" is not supported by pgloop
          postgresql://h?requirepeer=postgres      | connection option "requirepeer" is not supported by pgloop
          postgresql://h?replication=database      | replication connections are not supported by pgloop: replication="database"
          postgresql://h?client_encoding=LATIN1    | invalid client_encoding value: "LATIN1" (pgloop only speaks UTF8)
          postgresql://h?application_name         | missing key/value separator "=" in URI query parameter: "application_name"
          postgresql://h?user=b&&c=d               | missing key/value separator "=" in URI query parameter: ""
          postgresql://h?application_name=a=b     | extra key/value separator "=" in URI query parameter: "application_name"
          postgresql://h/db%zz                     | invalid percent-encoded token: "db%zz"
          postgresql://h/db%4                      | invalid percent-encoded token: "db%4"
          postgresql://h/db%00                     | forbidden value %00 in percent-encoded value: "db%00"
          postgresql://[::1                        | end of string reached when looking for matching "]" in IPv6 host address in URI: "postgresql://[::1"
          postgresql://[]/db                       | IPv6 host address may not be empty in URI: "postgresql://[]/db"
          postgresql://[::1]x                      | unexpected character "x" at position 19 in URI (expected ":" or "/"): "postgresql://[::1]x"
          """)
  void rejects(String uri, String message) {
    assertThatThrownBy(() -> PgConnectOptions.fromUri(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void errorsDoNotShowThePassword() {
    assertThatThrownBy(() -> PgConnectOptions.fromUri("postgresql://u:s3cret@[::1"))
        .hasMessage(
            "end of string reached when looking for matching \"]\" in IPv6 host address in URI:"
                + " \"postgresql://u:***@[::1\"");
    assertThatThrownBy(() -> PgConnectOptions.fromUri("postgresql://u:s3cret%zz@h"))
        .hasMessage("invalid percent-encoded token: \"***\"");
    assertThatThrownBy(() -> PgConnectOptions.fromUri("postgresql://u@h?password=s3cret%zz"))
        .hasMessage("invalid percent-encoded token: \"***\"");
  }

  @Test
  void hostListKeepsItsOrder() {
    List<HostAndPort> hosts =
        PgConnectOptions.fromUri("postgresql://c:3,a:1,b:2?load_balance_hosts=random").getHosts();
    assertThat(hosts).extracting(HostAndPort::host).containsExactly("c", "a", "b");
  }
}
