package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.RequireAuth.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The value types of {@link PgConnectOptions}: the enums, {@link RequireAuth}, hosts. */
class PgConnectOptionsValuesTest {

  @ParameterizedTest
  @EnumSource(SslMode.class)
  void sslModeParsesItsOwnSpelling(SslMode mode) {
    assertThat(SslMode.parse(mode.value())).isSameAs(mode);
  }

  @Test
  void libpqSpellings() {
    assertThat(SslMode.VERIFY_FULL.value()).isEqualTo("verify-full");
    assertThat(TargetSessionAttrs.PREFER_STANDBY.value()).isEqualTo("prefer-standby");
    assertThat(TargetSessionAttrs.parse("read-only")).isEqualTo(TargetSessionAttrs.READ_ONLY);
    assertThat(ChannelBinding.parse("disable")).isEqualTo(ChannelBinding.DISABLE);
    assertThat(SslNegotiation.parse("direct")).isEqualTo(SslNegotiation.DIRECT);
    assertThat(LoadBalanceHosts.parse("random")).isEqualTo(LoadBalanceHosts.RANDOM);
  }

  @Test
  void sslModeStrength() {
    assertThat(SslMode.PREFER.requiresTls()).isFalse();
    assertThat(SslMode.REQUIRE.requiresTls()).isTrue();
    assertThat(SslMode.REQUIRE.verifiesCertificate()).isFalse();
    assertThat(SslMode.VERIFY_CA.verifiesCertificate()).isTrue();
  }

  @Test
  void protocolVersions() {
    assertThat(ProtocolVersion.parse("latest")).isEqualTo(ProtocolVersion.V3_2);
    assertThat(ProtocolVersion.V3_0.code()).isEqualTo(196608);
    assertThat(ProtocolVersion.V3_2.code()).isEqualTo(196610);
    assertThatThrownBy(() -> ProtocolVersion.parse("3.1"))
        .hasMessage("invalid protocol version value: \"3.1\" (allowed: 3.0, 3.2, latest)");
  }

  @Test
  void enumErrorsListTheAllowedValues() {
    assertThatThrownBy(() -> SslMode.parse("Prefer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid sslmode value: \"Prefer\" (allowed: disable, allow, prefer, require,"
                + " verify-ca, verify-full)");
  }

  @Test
  void requireAuthList() {
    RequireAuth r = RequireAuth.parse("scram-sha-256");
    assertThat(r.allows(Method.SCRAM_SHA_256)).isTrue();
    assertThat(r.allows(Method.PASSWORD)).isFalse();
    assertThat(r.allows(Method.MD5)).isFalse();
    assertThat(r.allows(Method.NONE)).isFalse();
    assertThat(r.isRestricted()).isTrue();
    assertThat(r).hasToString("scram-sha-256");
  }

  @Test
  void requireAuthNoneAllowsUnauthenticatedServers() {
    RequireAuth r = RequireAuth.parse("scram-sha-256,none");
    assertThat(r.allowed()).containsExactlyInAnyOrder(Method.SCRAM_SHA_256, Method.NONE);
  }

  @Test
  void requireAuthNegatedList() {
    RequireAuth r = RequireAuth.parse("!password,!md5");
    assertThat(r.allowed())
        .containsExactlyInAnyOrder(
            Method.GSS, Method.SSPI, Method.SCRAM_SHA_256, Method.OAUTH, Method.NONE);
    assertThat(RequireAuth.parse("!none").allows(Method.NONE)).isFalse();
    assertThat(RequireAuth.parse("!none").allows(Method.PASSWORD)).isTrue();
  }

  @Test
  void requireAuthEmptyIsAny() {
    assertThat(RequireAuth.parse("")).isSameAs(RequireAuth.ANY);
    assertThat(RequireAuth.parse(null)).isSameAs(RequireAuth.ANY);
    assertThat(RequireAuth.ANY.isRestricted()).isFalse();
    assertThat(RequireAuth.ANY.allows(Method.NONE)).isTrue();
  }

  @Test
  void requireAuthEqualityIgnoresSpelling() {
    assertThat(RequireAuth.parse("md5,password")).isEqualTo(RequireAuth.parse("password,md5"));
    assertThat(RequireAuth.parse("md5,password").hashCode())
        .isEqualTo(RequireAuth.parse("password,md5").hashCode());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          password,!md5          | negative require_auth method "!md5" cannot be mixed with non-negative methods
          !password,md5          | require_auth method "md5" cannot be mixed with negative methods
          password,password      | require_auth method "password" is specified more than once
          !md5,!md5              | require_auth method "!md5" is specified more than once
          none,none              | require_auth method "none" is specified more than once
          kerberos               | invalid require_auth value: "kerberos"
          !Password              | invalid require_auth value: "Password"
          md5,                   | invalid require_auth value: ""
          """)
  void requireAuthErrorsAreLibpqs(String value, String message) {
    assertThatThrownBy(() -> RequireAuth.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void hostAndPort() {
    HostAndPort tcp = new HostAndPort("db", 5432);
    assertThat(tcp.isUnixSocket()).isFalse();
    assertThat(tcp.connectAddress()).isEqualTo("db");
    assertThat(tcp).hasToString("db:5432");
    assertThat(new HostAndPort("::1", 5433)).hasToString("[::1]:5433");
    assertThatThrownBy(tcp::unixSocketPath)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not a Unix socket directory: db");
    assertThat(new HostAndPort("/tmp/", 6000).unixSocketPath()).isEqualTo("/tmp/.s.PGSQL.6000");
    assertThatThrownBy(() -> new HostAndPort("db", 1, ""))
        .hasMessage("hostaddr must not be empty: pass null for none");
  }
}
