package io.pgloop.impl.options;

import io.pgloop.ChannelBinding;
import io.pgloop.LoadBalanceHosts;
import io.pgloop.PgConnectOptions;
import io.pgloop.RequireAuth;
import io.pgloop.SslMode;
import io.pgloop.SslNegotiation;
import io.pgloop.TargetSessionAttrs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The keys of libpq connection strings (PostgreSQL 18): their names, the environment variables that
 * stand in for them, and what each does to {@link PgConnectOptions}.
 *
 * <p>{@code host}, {@code hostaddr} and {@code port} are applied together by {@link HostList}. Keys
 * for features pgloop lacks are ignored when that cannot weaken security, and refused when it
 * could.
 */
public enum Keyword {
  HOST("host", "PGHOST", null),
  HOSTADDR("hostaddr", "PGHOSTADDR", null),
  PORT("port", "PGPORT", null),
  DBNAME("dbname", "PGDATABASE", PgConnectOptions::setDatabase),
  USER("user", "PGUSER", PgConnectOptions::setUser),
  PASSWORD("password", "PGPASSWORD", PgConnectOptions::setPassword),
  PASSFILE("passfile", "PGPASSFILE", (o, v) -> o.setPassfile(Path.of(v))),
  APPLICATION_NAME("application_name", "PGAPPNAME", PgConnectOptions::setApplicationName),
  FALLBACK_APPLICATION_NAME(
      "fallback_application_name", null, PgConnectOptions::setFallbackApplicationName),
  CONNECT_TIMEOUT(
      "connect_timeout", "PGCONNECT_TIMEOUT", (o, v) -> o.setConnectTimeout(connectTimeout(v))),
  CLIENT_ENCODING(
      "client_encoding", "PGCLIENTENCODING", (o, v) -> o.setProperty("client_encoding", v)),
  OPTIONS("options", "PGOPTIONS", PgConnectOptions::setOptions),
  KEEPALIVES(
      "keepalives", null, (o, v) -> o.setKeepalives(LibpqValues.parseInt("keepalives", v) != 0)),
  KEEPALIVES_IDLE(
      "keepalives_idle", null, (o, v) -> o.setKeepalivesIdle(seconds("keepalives_idle", v))),
  KEEPALIVES_INTERVAL(
      "keepalives_interval",
      null,
      (o, v) -> o.setKeepalivesInterval(seconds("keepalives_interval", v))),
  KEEPALIVES_COUNT(
      "keepalives_count",
      null,
      (o, v) -> o.setKeepalivesCount(Math.max(0, LibpqValues.parseInt("keepalives_count", v)))),
  TCP_USER_TIMEOUT(
      "tcp_user_timeout",
      null,
      (o, v) ->
          o.setTcpUserTimeout(
              Duration.ofMillis(Math.max(0, LibpqValues.parseInt("tcp_user_timeout", v))))),
  SSLMODE("sslmode", "PGSSLMODE", (o, v) -> o.setSslMode(SslMode.parse(v))),
  SSLNEGOTIATION(
      "sslnegotiation", "PGSSLNEGOTIATION", (o, v) -> o.setSslNegotiation(SslNegotiation.parse(v))),
  SSLROOTCERT("sslrootcert", "PGSSLROOTCERT", PgConnectOptions::setSslRootCert),
  SSLCERT("sslcert", "PGSSLCERT", (o, v) -> o.setSslCert(Path.of(v))),
  SSLKEY("sslkey", "PGSSLKEY", (o, v) -> o.setSslKey(Path.of(v))),
  SSLPASSWORD("sslpassword", null, PgConnectOptions::setSslPassword),
  SSLCRL("sslcrl", "PGSSLCRL", (o, v) -> o.setSslCrl(Path.of(v))),
  SSLCRLDIR("sslcrldir", "PGSSLCRLDIR", (o, v) -> o.setSslCrlDir(Path.of(v))),
  SSLCERTMODE("sslcertmode", null, (o, v) -> sslCertMode(v)),
  SSLCOMPRESSION("sslcompression", null, Keyword::ignore),
  SSLSNI("sslsni", null, Keyword::ignore),
  SSLKEYLOGFILE("sslkeylogfile", null, Keyword::ignore),
  SSL_MIN_PROTOCOL_VERSION(
      "ssl_min_protocol_version",
      "PGSSLMINPROTOCOLVERSION",
      (o, v) ->
          o.setSslMinProtocolVersion(LibpqValues.parseTlsVersion("ssl_min_protocol_version", v))),
  SSL_MAX_PROTOCOL_VERSION(
      "ssl_max_protocol_version",
      "PGSSLMAXPROTOCOLVERSION",
      (o, v) ->
          o.setSslMaxProtocolVersion(LibpqValues.parseTlsVersion("ssl_max_protocol_version", v))),
  CHANNEL_BINDING(
      "channel_binding",
      "PGCHANNELBINDING",
      (o, v) -> o.setChannelBinding(ChannelBinding.parse(v))),
  REQUIRE_AUTH("require_auth", "PGREQUIREAUTH", (o, v) -> o.setRequireAuth(RequireAuth.parse(v))),
  TARGET_SESSION_ATTRS(
      "target_session_attrs",
      "PGTARGETSESSIONATTRS",
      (o, v) -> o.setTargetSessionAttrs(TargetSessionAttrs.parse(v))),
  LOAD_BALANCE_HOSTS(
      "load_balance_hosts",
      "PGLOADBALANCEHOSTS",
      (o, v) -> o.setLoadBalanceHosts(LoadBalanceHosts.parse(v))),
  MIN_PROTOCOL_VERSION(
      "min_protocol_version",
      "PGMINPROTOCOLVERSION",
      (o, v) ->
          o.setMinProtocolVersion(LibpqValues.parseProtocolVersion("min_protocol_version", v))),
  MAX_PROTOCOL_VERSION(
      "max_protocol_version",
      "PGMAXPROTOCOLVERSION",
      (o, v) ->
          o.setMaxProtocolVersion(LibpqValues.parseProtocolVersion("max_protocol_version", v))),
  GSSENCMODE("gssencmode", null, (o, v) -> gssEncMode(v)),
  KRBSRVNAME("krbsrvname", null, Keyword::ignore),
  GSSLIB("gsslib", null, Keyword::ignore),
  GSSDELEGATION("gssdelegation", null, Keyword::ignore),
  OAUTH_ISSUER("oauth_issuer", null, Keyword::ignore),
  OAUTH_CLIENT_ID("oauth_client_id", null, Keyword::ignore),
  OAUTH_CLIENT_SECRET("oauth_client_secret", null, Keyword::ignore),
  OAUTH_SCOPE("oauth_scope", null, Keyword::ignore),
  REQUIREPEER("requirepeer", null, (o, v) -> unsupported("requirepeer")),
  SERVICE("service", null, (o, v) -> unsupported("service")),
  SCRAM_CLIENT_KEY("scram_client_key", null, (o, v) -> unsupported("scram_client_key")),
  SCRAM_SERVER_KEY("scram_server_key", null, (o, v) -> unsupported("scram_server_key")),
  REPLICATION("replication", null, (o, v) -> replication(v)),
  /** pgloop's own: {@link PgConnectOptions#setClientSideBinding(boolean)}. */
  CLIENT_SIDE_BINDING(
      "client_side_binding",
      null,
      (o, v) -> o.setClientSideBinding(bool("client_side_binding", v))),
  /** pgloop's own: {@link PgConnectOptions#setRewriteBatchedInserts(boolean)}. */
  REWRITE_BATCHED_INSERTS(
      "rewrite_batched_inserts",
      null,
      (o, v) -> o.setRewriteBatchedInserts(bool("rewrite_batched_inserts", v)));

  private static final Set<String> SECRETS =
      Set.of("password", "sslpassword", "oauth_client_secret", "scram_client_key");

  private final String key;
  private final String envVar;
  private final BiConsumer<PgConnectOptions, String> apply;

  Keyword(String key, String envVar, BiConsumer<PgConnectOptions, String> apply) {
    this.key = key;
    this.envVar = envVar;
    this.apply = apply;
  }

  /** The key as written in connection strings. */
  public String key() {
    return key;
  }

  /** The environment variable libpq falls back on for this key, or null. */
  public String envVar() {
    return envVar;
  }

  /**
   * Applies a non-empty {@code value} of this key to {@code options}.
   *
   * @throws IllegalArgumentException if the value is bad, naming the key and the value
   */
  public void apply(PgConnectOptions options, String value) {
    apply.accept(options, value);
  }

  /** Whether this key is applied with the others of the host list, by {@link HostList}. */
  public boolean isHostList() {
    return apply == null;
  }

  /** The keyword named {@code key} exactly, or empty. */
  public static Optional<Keyword> find(String key) {
    for (Keyword k : values()) {
      if (k.key.equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Whether the value of {@code key} is a secret, to be kept out of messages. */
  public static boolean isSecret(String key) {
    return SECRETS.contains(key);
  }

  /**
   * Stores a parsed pair under its canonical key, overriding an earlier value: a libpq keyword, or
   * a pass-through server parameter in the server's spelling. {@code requiressl}, libpq's old key,
   * becomes {@code sslmode}.
   *
   * @throws IllegalArgumentException with {@code unknownKeyError} if {@code key} is neither
   */
  static void store(Map<String, String> out, String key, String value, String unknownKeyError) {
    if (key.equals("requiressl")) {
      out.put("sslmode", value.startsWith("1") ? "require" : "prefer");
      return;
    }
    if (find(key).isPresent()) {
      out.put(key, value);
      return;
    }
    String parameter =
        ServerParameters.passThrough(key)
            .orElseThrow(() -> new IllegalArgumentException(unknownKeyError));
    out.put(parameter, value);
  }

  // libpq: a positive timeout below 2 s becomes 2 s (rounding could make 1 s end at once),
  // and zero or negative means none.
  private static Duration connectTimeout(String v) {
    int seconds = LibpqValues.parseInt("connect_timeout", v);
    return seconds <= 0 ? Duration.ZERO : Duration.ofSeconds(Math.max(2, seconds));
  }

  private static Duration seconds(String key, String v) {
    return Duration.ofSeconds(Math.max(0, LibpqValues.parseInt(key, v)));
  }

  private static void ignore(PgConnectOptions options, String value) {}

  private static void unsupported(String key) {
    throw new IllegalArgumentException(
        "connection option \"" + key + "\" is not supported by pgloop");
  }

  private static void sslCertMode(String v) {
    switch (v) {
      case "disable", "allow" -> {}
      case "require" ->
          throw new IllegalArgumentException(
              "sslcertmode value \"require\" is not supported by pgloop");
      default ->
          throw new IllegalArgumentException(
              "invalid sslcertmode value: \"" + v + "\" (allowed: disable, allow, require)");
    }
  }

  private static void gssEncMode(String v) {
    switch (v) {
      case "disable", "prefer" -> {}
      case "require" ->
          throw new IllegalArgumentException(
              "gssencmode value \"require\" invalid when GSSAPI support is not compiled in");
      default ->
          throw new IllegalArgumentException(
              "invalid gssencmode value: \"" + v + "\" (allowed: disable, prefer, require)");
    }
  }

  private static boolean bool(String keyword, String v) {
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "on", "true", "yes" -> true;
      case "0", "off", "false", "no" -> false;
      default ->
          throw new IllegalArgumentException(
              "invalid " + keyword + " value: \"" + v + "\" (allowed: true, false)");
    };
  }

  private static void replication(String v) {
    switch (v) {
      case "0", "off", "false", "no" -> {}
      default ->
          throw new IllegalArgumentException(
              "replication connections are not supported by pgloop: replication=\"" + v + "\"");
    }
  }
}
