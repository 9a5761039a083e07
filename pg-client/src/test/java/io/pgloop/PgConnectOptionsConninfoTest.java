package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PgConnectOptions#fromConninfo(String)} and {@link PgConnectOptions#parse(String)}. */
class PgConnectOptionsConninfoTest {

  @Test
  void libpqDocumentationExample() {
    PgConnectOptions o =
        PgConnectOptions.fromConninfo("host=localhost port=5432 dbname=mydb connect_timeout=10");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("localhost", 5432));
    assertThat(o.getDatabase()).isEqualTo("mydb");
    assertThat(o.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void quotedValuesKeepSpacesAndEscapes() {
    PgConnectOptions o =
        PgConnectOptions.fromConninfo(
            "user = bob password='it\\'s a \\\\secret' options='-c geqo=off' dbname=''");
    assertThat(o.getUser()).isEqualTo("bob");
    assertThat(o.getPassword()).isEqualTo("it's a \\secret");
    assertThat(o.getOptions()).isEqualTo("-c geqo=off");
    // An empty value is no value: the database defaults to the user.
    assertThat(o.getDatabase()).isEqualTo("bob");
  }

  @Test
  void backslashEscapesInUnquotedValues() {
    PgConnectOptions o = PgConnectOptions.fromConninfo("password=a\\ b\\'c application_name=x\\\\");
    assertThat(o.getPassword()).isEqualTo("a b'c");
    assertThat(o.getApplicationName()).isEqualTo("x\\");
  }

  @Test
  void whitespaceOfAnyKindSeparatesPairs() {
    PgConnectOptions o = PgConnectOptions.fromConninfo("\thost=db\n\r port =\t6000  ");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("db", 6000));
  }

  @Test
  void lastValueOfARepeatedKeyWins() {
    assertThat(PgConnectOptions.fromConninfo("user=a user=b").getUser()).isEqualTo("b");
  }

  @Test
  void severalHostsAndPorts() {
    PgConnectOptions o =
        PgConnectOptions.fromConninfo(
            "host=h1,/tmp,h3 port=5432,5433, target_session_attrs=read-write");
    assertThat(o.getHosts())
        .containsExactly(
            new HostAndPort("h1", 5432),
            new HostAndPort("/tmp", 5433),
            new HostAndPort("h3", 5432));
    assertThat(o.getHosts().get(1).unixSocketPath()).isEqualTo("/tmp/.s.PGSQL.5433");
    assertThat(o.getTargetSessionAttrs()).isEqualTo(TargetSessionAttrs.READ_WRITE);
  }

  @Test
  void emptyHostEntryTakesTheDefault() {
    assertThat(PgConnectOptions.fromConninfo("host=,db2 port=1,2").getHosts())
        .containsExactly(new HostAndPort("localhost", 1), new HostAndPort("db2", 2));
  }

  @Test
  void serverParametersAndRequireAuth() {
    PgConnectOptions o =
        PgConnectOptions.fromConninfo(
            "search_path='a, b' TimeZone=UTC require_auth='!password,!md5' client_encoding=UTF8");
    assertThat(o.getProperties())
        .containsExactly(
            Map.entry("search_path", "a, b"),
            Map.entry("TimeZone", "UTC"),
            Map.entry("client_encoding", "UTF8"));
    assertThat(o.getRequireAuth().allows(RequireAuth.Method.SCRAM_SHA_256)).isTrue();
    assertThat(o.getRequireAuth().allows(RequireAuth.Method.MD5)).isFalse();
  }

  @Test
  void uriIsAcceptedToo() {
    PgConnectOptions o = PgConnectOptions.fromConninfo("postgresql://u@h:6000/db");
    assertThat(o.getHosts()).containsExactly(new HostAndPort("h", 6000));
    assertThat(o.getUser()).isEqualTo("u");
  }

  @Test
  void parseTakesEither() {
    assertThat(PgConnectOptions.parse("postgres://h/db").getDatabase()).isEqualTo("db");
    assertThat(PgConnectOptions.parse("host=h dbname=db").getDatabase()).isEqualTo("db");
    assertThat(PgConnectOptions.parse("").getHosts())
        .containsExactly(new HostAndPort("localhost", 5432));
  }

  @Test
  void schemeIsCaseSensitiveAsInLibpq() {
    assertThatThrownBy(() -> PgConnectOptions.parse("POSTGRESQL://h"))
        .hasMessage("missing \"=\" after \"POSTGRESQL://h\" in connection info string");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          host                        | missing "=" after "host" in connection info string
          host localhost              | missing "=" after "host" in connection info string
          password='abc               | unterminated quoted string in connection info string
          foo=bar                     | invalid connection option "foo"
          Host=h                      | invalid connection option "Host"
          port=abc                    | invalid port number: "abc"
          host=a,b port=1,2,3         | could not match 3 port numbers to 2 hosts
          port=1,2                    | could not match 2 port numbers to 1 hosts
          sslmode=strict              | invalid sslmode value: "strict" (allowed: disable, allow, prefer, require, verify-ca, verify-full)
          require_auth=password,!md5  | negative require_auth method "!md5" cannot be mixed with non-negative methods
          """)
  void rejects(String conninfo, String message) {
    assertThatThrownBy(() -> PgConnectOptions.fromConninfo(conninfo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
