package io.pgloop;

import io.pgloop.impl.options.ConnectionStrings;
import io.pgloop.impl.options.DefaultPaths;
import io.pgloop.impl.options.LibpqValues;
import io.pgloop.impl.options.PgPassFile;
import io.pgloop.impl.options.ServerParameters;
import io.pgloop.impl.options.UriWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to connect to PostgreSQL, with libpq's options, defaults and meanings.
 *
 * <h2>Where options come from</h2>
 *
 * <ul>
 *   <li>{@link #fromUri(String)}: a URI, {@code
 *       postgresql://[user[:password]@][host[:port]][,host[:port]...][/dbname][?param=value&...]}
 *       (also {@code postgres://}), percent-decoded everywhere, IPv6 hosts in brackets;
 *   <li>{@link #fromConninfo(String)} or {@link #parse(String)}: a libpq string of {@code
 *       key=value} pairs ({@code host=db port=5432 password='it\'s'}), or a URI;
 *   <li>{@link #fromEnv()}: the {@code PG*} environment variables libpq reads;
 *   <li>{@link #resolve(String, Map)}: a connection string layered over an environment, as libpq
 *       does: a value in the string wins over the environment, which wins over the defaults.
 * </ul>
 *
 * The parsing entry points call {@link #validate()} before they return. None reads the password
 * file: {@link #passwordFor(HostAndPort)} does, per host, at connection time.
 *
 * <h2>Keys in connection strings</h2>
 *
 * Every libpq key (PostgreSQL 18) is understood; a key that is neither a libpq key nor one of the
 * server parameters below is an error naming it ({@code invalid connection option "foo"}, or {@code
 * invalid URI query parameter: "foo"} in a URI), as in libpq. libpq keys for features pgloop does
 * not have are accepted and ignored where ignoring them cannot weaken security: {@code
 * gssencmode=disable|prefer}, {@code krbsrvname}, {@code gsslib}, {@code gssdelegation}, {@code
 * sslcompression}, {@code sslsni}, {@code sslkeylogfile}, {@code sslcertmode=disable|allow}, the
 * {@code oauth_*} keys. They are refused, with an error saying so, where ignoring them could:
 * {@code gssencmode=require}, {@code sslcertmode=require}, {@code requirepeer}, {@code service},
 * {@code scram_client_key}, {@code scram_server_key}, and {@code replication} other than off.
 *
 * <p>Beyond libpq, these server parameters are accepted as keys and sent in the StartupMessage, so
 * that a URI can carry them as pgjdbc and vertx-pg-client URIs do: {@code search_path}, {@code
 * TimeZone}, {@code DateStyle} (those two in any case), {@code client_encoding} (only UTF8: pgloop
 * decodes text as UTF-8), {@code statement_timeout}, {@code lock_timeout}, {@code
 * idle_in_transaction_session_timeout}, {@code default_transaction_read_only}, {@code
 * default_transaction_isolation}, {@code role}, {@code extra_float_digits}, {@code jit}, {@code
 * work_mem}. Any other server parameter goes through {@link #setProperty(String, String)}, or
 * through libpq's {@code options} ({@code options=-c%20geqo%3Doff}).
 *
 * <h2>Threading</h2>
 *
 * A mutable data object, not thread-safe: configure it on one thread before handing it over. What
 * keeps it (a connection, a pool) should take a copy with {@link
 * #PgConnectOptions(PgConnectOptions)} and call {@link #validate()}, so that later changes by the
 * caller do not reach it.
 */
public final class PgConnectOptions {

  /** Default of {@link #getPipeliningLimit()}. */
  public static final int DEFAULT_PIPELINING_LIMIT = 256;

  /** Default of {@link #getPrepareThreshold()}: psycopg's. */
  public static final int DEFAULT_PREPARE_THRESHOLD = 5;

  /** Default of {@link #getPreparedStatementCacheMaxSize()}: psycopg's. */
  public static final int DEFAULT_PREPARED_STATEMENT_CACHE_MAX_SIZE = 100;

  /** Default of {@link #getMaxMessageSize()}: 1 GiB, PostgreSQL's own largest allocation. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 1 << 30;

  /** Smallest {@link #getMaxMessageSize()} accepted. */
  public static final int MIN_MAX_MESSAGE_SIZE = 1024;

  /** Default of {@link #getSslMinProtocolVersion()}, as in libpq. */
  public static final String DEFAULT_SSL_MIN_PROTOCOL_VERSION = "TLSv1.2";

  /** Default of {@link #getScramIterationCap()}. */
  public static final int DEFAULT_SCRAM_ITERATION_CAP = 100_000;

  private final List<HostAndPort> hosts = new ArrayList<>();
  private int port = HostAndPort.DEFAULT_PORT;
  private String database;
  private String user;
  private String password;
  private Path passfile;
  private String applicationName;
  private String fallbackApplicationName;
  private Duration connectTimeout = Duration.ZERO;
  private SslMode sslMode;
  private String sslRootCert;
  private Path sslCert;
  private Path sslKey;
  private String sslPassword;
  private Path sslCrl;
  private Path sslCrlDir;
  private String sslMinProtocolVersion = DEFAULT_SSL_MIN_PROTOCOL_VERSION;
  private String sslMaxProtocolVersion;
  private SslNegotiation sslNegotiation = SslNegotiation.POSTGRES;
  private ChannelBinding channelBinding = ChannelBinding.PREFER;
  private RequireAuth requireAuth = RequireAuth.ANY;
  private TargetSessionAttrs targetSessionAttrs = TargetSessionAttrs.ANY;
  private LoadBalanceHosts loadBalanceHosts = LoadBalanceHosts.DISABLE;
  private boolean keepalives = true;
  private Duration keepalivesIdle = Duration.ZERO;
  private Duration keepalivesInterval = Duration.ZERO;
  private int keepalivesCount;
  private Duration tcpUserTimeout = Duration.ZERO;
  private ProtocolVersion minProtocolVersion = ProtocolVersion.V3_0;
  private ProtocolVersion maxProtocolVersion;
  private String options;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private int pipeliningLimit = DEFAULT_PIPELINING_LIMIT;
  private int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
  private int scramIterationCap = DEFAULT_SCRAM_ITERATION_CAP;
  private Duration queryTimeout = Duration.ZERO;
  private int prepareThreshold = DEFAULT_PREPARE_THRESHOLD;
  private int preparedStatementCacheMaxSize = DEFAULT_PREPARED_STATEMENT_CACHE_MAX_SIZE;
  private boolean clientSideBinding;
  private boolean rewriteBatchedInserts;

  /** Options with every default: {@code localhost:5432}, the system user, no password. */
  public PgConnectOptions() {}

  /** A copy of {@code other}; later changes to either do not show in the other. */
  public PgConnectOptions(PgConnectOptions other) {
    hosts.addAll(other.hosts);
    port = other.port;
    database = other.database;
    user = other.user;
    password = other.password;
    passfile = other.passfile;
    applicationName = other.applicationName;
    fallbackApplicationName = other.fallbackApplicationName;
    connectTimeout = other.connectTimeout;
    sslMode = other.sslMode;
    sslRootCert = other.sslRootCert;
    sslCert = other.sslCert;
    sslKey = other.sslKey;
    sslPassword = other.sslPassword;
    sslCrl = other.sslCrl;
    sslCrlDir = other.sslCrlDir;
    sslMinProtocolVersion = other.sslMinProtocolVersion;
    sslMaxProtocolVersion = other.sslMaxProtocolVersion;
    sslNegotiation = other.sslNegotiation;
    channelBinding = other.channelBinding;
    requireAuth = other.requireAuth;
    targetSessionAttrs = other.targetSessionAttrs;
    loadBalanceHosts = other.loadBalanceHosts;
    keepalives = other.keepalives;
    keepalivesIdle = other.keepalivesIdle;
    keepalivesInterval = other.keepalivesInterval;
    keepalivesCount = other.keepalivesCount;
    tcpUserTimeout = other.tcpUserTimeout;
    minProtocolVersion = other.minProtocolVersion;
    maxProtocolVersion = other.maxProtocolVersion;
    options = other.options;
    properties.putAll(other.properties);
    pipeliningLimit = other.pipeliningLimit;
    maxMessageSize = other.maxMessageSize;
    scramIterationCap = other.scramIterationCap;
    queryTimeout = other.queryTimeout;
    prepareThreshold = other.prepareThreshold;
    preparedStatementCacheMaxSize = other.preparedStatementCacheMaxSize;
    clientSideBinding = other.clientSideBinding;
    rewriteBatchedInserts = other.rewriteBatchedInserts;
  }

  // ---- entry points --------------------------------------------------------------------------

  /**
   * Reads a {@code postgresql://} or {@code postgres://} URI; the environment is not consulted.
   *
   * @throws IllegalArgumentException if the string is not such a URI, or names an unknown parameter
   *     or a bad value; the message names the parameter and the value, as libpq's do
   */
  public static PgConnectOptions fromUri(String uri) {
    return ConnectionStrings.fromUri(uri);
  }

  /**
   * Reads a libpq connection string, {@code key=value} pairs separated by whitespace, or a URI
   * (recognized by its scheme, as {@code PQconnectdb} does); the environment is not consulted.
   * Values may be single-quoted; a backslash escapes the next character.
   *
   * @throws IllegalArgumentException on a syntax error, an unknown key ({@code invalid connection
   *     option "foo"}) or a bad value
   */
  public static PgConnectOptions fromConninfo(String conninfo) {
    return ConnectionStrings.parse(conninfo, Map.of());
  }

  /**
   * Reads a URI or a {@code key=value} connection string, whichever {@code connString} is; the same
   * as {@link #fromConninfo(String)}.
   *
   * @throws IllegalArgumentException as {@link #fromConninfo(String)}
   */
  public static PgConnectOptions parse(String connString) {
    return ConnectionStrings.parse(connString, Map.of());
  }

  /**
   * Options from the process environment, as libpq reads it: {@code PGHOST}, {@code PGHOSTADDR},
   * {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER}, {@code PGPASSWORD}, {@code PGPASSFILE},
   * {@code PGSSLMODE}, {@code PGSSLROOTCERT}, {@code PGSSLCERT}, {@code PGSSLKEY}, {@code
   * PGSSLCRL}, {@code PGSSLCRLDIR}, {@code PGSSLMINPROTOCOLVERSION}, {@code
   * PGSSLMAXPROTOCOLVERSION}, {@code PGSSLNEGOTIATION}, {@code PGCHANNELBINDING}, {@code
   * PGREQUIREAUTH}, {@code PGAPPNAME}, {@code PGCONNECT_TIMEOUT}, {@code PGTARGETSESSIONATTRS},
   * {@code PGLOADBALANCEHOSTS}, {@code PGOPTIONS}, {@code PGCLIENTENCODING}, {@code
   * PGMINPROTOCOLVERSION}, {@code PGMAXPROTOCOLVERSION}, and {@code PGTZ} and {@code PGDATESTYLE}
   * sent as the {@code TimeZone} and {@code DateStyle} startup parameters. The password file is
   * read later, by {@link #passwordFor(HostAndPort)}.
   *
   * @throws IllegalArgumentException if a variable holds a bad value; the message names the libpq
   *     key
   */
  public static PgConnectOptions fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * As {@link #fromEnv()}, from the variables in {@code env} instead of the process environment.
   *
   * @throws IllegalArgumentException as {@link #fromEnv()}
   */
  public static PgConnectOptions fromEnv(Map<String, String> env) {
    return ConnectionStrings.parse("", env);
  }

  /**
   * A connection string (URI or {@code key=value}) over the process environment: what {@code
   * PQconnectdb} would use. A key given in the string wins over its environment variable, which
   * wins over the default.
   *
   * @throws IllegalArgumentException as {@link #parse(String)} and {@link #fromEnv()}
   */
  public static PgConnectOptions resolve(String connString) {
    return resolve(connString, System.getenv());
  }

  /**
   * As {@link #resolve(String)}, with the variables in {@code env}.
   *
   * @throws IllegalArgumentException as {@link #parse(String)} and {@link #fromEnv()}
   */
  public static PgConnectOptions resolve(String connString, Map<String, String> env) {
    return ConnectionStrings.parse(connString, env);
  }

  // ---- hosts -----------------------------------------------------------------------------------

  /**
   * The servers to try, in order; never empty. Without any set: {@code localhost} at the port of
   * {@link #setPort(int)}, 5432 by default (pgloop does not default to a Unix socket, unlike libpq
   * built for Unix).
   */
  public List<HostAndPort> getHosts() {
    if (hosts.isEmpty()) {
      return List.of(new HostAndPort(HostAndPort.DEFAULT_HOST, port));
    }
    return Collections.unmodifiableList(new ArrayList<>(hosts));
  }

  /**
   * Connects to this one host (a name, an IP address, or a Unix socket directory starting with
   * {@code /}), at the port of {@link #setPort(int)}; replaces any list of hosts.
   *
   * @throws IllegalArgumentException if {@code host} is empty
   */
  public PgConnectOptions setHost(String host) {
    HostAndPort h = new HostAndPort(host, port);
    hosts.clear();
    hosts.add(h);
    return this;
  }

  /**
   * Sets the port of every host, present and to come through {@link #setHost(String)}: libpq's
   * single {@code port} for all hosts.
   *
   * @throws IllegalArgumentException if the port is outside 1 to 65535
   */
  public PgConnectOptions setPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid port number: \"" + port + "\"");
    }
    this.port = port;
    hosts.replaceAll(h -> h.withPort(port));
    return this;
  }

  /**
   * Appends a host to try after the ones already set (the default {@code localhost} is not kept).
   *
   * @throws IllegalArgumentException if {@code host} is empty or the port is outside 1 to 65535
   */
  public PgConnectOptions addHost(String host, int port) {
    hosts.add(new HostAndPort(host, port));
    return this;
  }

  /**
   * Replaces the hosts to try; an empty list restores the default.
   *
   * @throws NullPointerException if the list or an element is null
   */
  public PgConnectOptions setHosts(List<HostAndPort> hosts) {
    List<HostAndPort> copy = List.copyOf(hosts);
    this.hosts.clear();
    this.hosts.addAll(copy);
    return this;
  }

  // ---- identity --------------------------------------------------------------------------------

  /** The database (libpq {@code dbname}); by default the same as {@link #getUser()}. */
  public String getDatabase() {
    return database != null ? database : getUser();
  }

  /** Sets the database; null restores the default, the user name. */
  public PgConnectOptions setDatabase(String database) {
    this.database = emptyToNull(database);
    return this;
  }

  /** The user to log in as; by default the operating-system user ({@code user.name}). */
  public String getUser() {
    return user != null ? user : System.getProperty("user.name");
  }

  /** Sets the user; null restores the default, the operating-system user. */
  public PgConnectOptions setUser(String user) {
    this.user = emptyToNull(user);
    return this;
  }

  /**
   * The password given explicitly, or null. For the password to send to a host, use {@link
   * #passwordFor(HostAndPort)}, which also looks in the password file.
   */
  public String getPassword() {
    return password;
  }

  /** Sets the password; null or empty means none (the password file is then consulted). */
  public PgConnectOptions setPassword(String password) {
    this.password = emptyToNull(password);
    return this;
  }

  /**
   * The password file (libpq {@code passfile}); by default {@code ~/.pgpass}, or {@code
   * %APPDATA%\postgresql\pgpass.conf} on Windows. Null only when no home directory is known.
   */
  public Path getPassfile() {
    return passfile != null ? passfile : DefaultPaths.passfile();
  }

  /** Sets the password file; null restores the default. */
  public PgConnectOptions setPassfile(Path passfile) {
    this.passfile = passfile;
    return this;
  }

  /**
   * The password to send to {@code host}: the explicit password if any, else the first matching
   * line of the password file, looked up with this host's name ({@code localhost} for a Unix
   * socket) and port, {@link #getDatabase()} and {@link #getUser()}. A password file readable by
   * group or others is ignored with a warning logged, as in libpq.
   *
   * <p>Reads the file: blocking I/O, so call it off the event loop.
   */
  public Optional<String> passwordFor(HostAndPort host) {
    if (password != null) {
      return Optional.of(password);
    }
    Path file = getPassfile();
    if (file == null) {
      return Optional.empty();
    }
    return PgPassFile.lookup(file, host.host(), host.port(), getDatabase(), getUser());
  }

  /** The {@code application_name} to report to the server, or null. */
  public String getApplicationName() {
    return applicationName;
  }

  /** Sets the {@code application_name} to report to the server; null for none. */
  public PgConnectOptions setApplicationName(String applicationName) {
    this.applicationName = emptyToNull(applicationName);
    return this;
  }

  /**
   * The {@code application_name} to report when {@link #getApplicationName()} is null (libpq {@code
   * fallback_application_name}): what a library sets so that a user's choice wins.
   */
  public String getFallbackApplicationName() {
    return fallbackApplicationName;
  }

  /** Sets the fallback application name; null for none. */
  public PgConnectOptions setFallbackApplicationName(String fallbackApplicationName) {
    this.fallbackApplicationName = emptyToNull(fallbackApplicationName);
    return this;
  }

  /**
   * The {@code application_name} to send: {@link #getApplicationName()}, else {@link
   * #getFallbackApplicationName()}, else null.
   */
  public String effectiveApplicationName() {
    return applicationName != null ? applicationName : fallbackApplicationName;
  }

  // ---- timeouts and TCP ------------------------------------------------------------------------

  /**
   * How long to wait for each host to accept the connection and finish the startup, as libpq's
   * {@code connect_timeout} (a timer per host tried); {@link Duration#ZERO} waits forever, the
   * default. From a connection string, whole seconds, and 1 counts as 2, as in libpq.
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the per-host connect timeout; null or zero waits forever.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgConnectOptions setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = nonNegative("connectTimeout", connectTimeout);
    return this;
  }

  /** Whether TCP keepalives are on (libpq {@code keepalives}); true by default. */
  public boolean isKeepalives() {
    return keepalives;
  }

  /** Turns TCP keepalives on or off. */
  public PgConnectOptions setKeepalives(boolean keepalives) {
    this.keepalives = keepalives;
    return this;
  }

  /**
   * Idle time before the first keepalive probe (libpq {@code keepalives_idle}); {@link
   * Duration#ZERO}, the default, leaves the system's setting.
   */
  public Duration getKeepalivesIdle() {
    return keepalivesIdle;
  }

  /**
   * Sets the keepalive idle time; null or zero leaves the system's.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgConnectOptions setKeepalivesIdle(Duration keepalivesIdle) {
    this.keepalivesIdle = nonNegative("keepalivesIdle", keepalivesIdle);
    return this;
  }

  /**
   * Time between keepalive probes (libpq {@code keepalives_interval}); {@link Duration#ZERO}, the
   * default, leaves the system's setting.
   */
  public Duration getKeepalivesInterval() {
    return keepalivesInterval;
  }

  /**
   * Sets the keepalive interval; null or zero leaves the system's.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgConnectOptions setKeepalivesInterval(Duration keepalivesInterval) {
    this.keepalivesInterval = nonNegative("keepalivesInterval", keepalivesInterval);
    return this;
  }

  /**
   * Unanswered probes before the connection is considered dead (libpq {@code keepalives_count}); 0,
   * the default, leaves the system's setting.
   */
  public int getKeepalivesCount() {
    return keepalivesCount;
  }

  /**
   * Sets the keepalive probe count; 0 leaves the system's.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgConnectOptions setKeepalivesCount(int keepalivesCount) {
    if (keepalivesCount < 0) {
      throw new IllegalArgumentException(
          "keepalivesCount must not be negative: " + keepalivesCount);
    }
    this.keepalivesCount = keepalivesCount;
    return this;
  }

  /**
   * How long sent data may stay unacknowledged before the connection is closed (libpq {@code
   * tcp_user_timeout}, Linux {@code TCP_USER_TIMEOUT}); {@link Duration#ZERO}, the default, leaves
   * the system's setting.
   */
  public Duration getTcpUserTimeout() {
    return tcpUserTimeout;
  }

  /**
   * Sets the TCP user timeout; null or zero leaves the system's.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgConnectOptions setTcpUserTimeout(Duration tcpUserTimeout) {
    this.tcpUserTimeout = nonNegative("tcpUserTimeout", tcpUserTimeout);
    return this;
  }

  // ---- TLS -------------------------------------------------------------------------------------

  /**
   * The TLS mode (libpq {@code sslmode}): as set, else {@link SslMode#VERIFY_FULL} when {@link
   * #getSslRootCert()} is {@code system}, else {@link SslMode#PREFER}.
   */
  public SslMode getSslMode() {
    if (sslMode != null) {
      return sslMode;
    }
    return isSslRootCertSystem() ? SslMode.VERIFY_FULL : SslMode.PREFER;
  }

  /** Sets the TLS mode; null restores the default. */
  public PgConnectOptions setSslMode(SslMode sslMode) {
    this.sslMode = sslMode;
    return this;
  }

  /**
   * The trusted root certificates (libpq {@code sslrootcert}): a PEM file, or {@code system} for
   * the JVM's default trust store. By default {@code ~/.postgresql/root.crt} ({@code
   * %APPDATA%\postgresql\root.crt} on Windows), used only if it exists, as in libpq; a missing file
   * is an error only for the modes that verify. Null only when no home directory is known.
   */
  public String getSslRootCert() {
    if (sslRootCert != null) {
      return sslRootCert;
    }
    Path p = DefaultPaths.sslFile("root.crt");
    return p == null ? null : p.toString();
  }

  /** Whether the root certificates are the system's ({@code sslrootcert=system}). */
  public boolean isSslRootCertSystem() {
    return "system".equals(sslRootCert);
  }

  /**
   * Sets the root certificates: a file path, or {@code system}; null restores the default. With
   * {@code system}, the default mode becomes {@link SslMode#VERIFY_FULL} and a weaker one is an
   * error (see {@link #validate()}).
   */
  public PgConnectOptions setSslRootCert(String sslRootCert) {
    this.sslRootCert = emptyToNull(sslRootCert);
    return this;
  }

  /**
   * The client certificate, PEM (libpq {@code sslcert}); by default {@code
   * ~/.postgresql/postgresql.crt}, sent only if it exists, as in libpq. Null only when no home
   * directory is known.
   */
  public Path getSslCert() {
    return sslCert != null ? sslCert : DefaultPaths.sslFile("postgresql.crt");
  }

  /** Sets the client certificate file; null restores the default. */
  public PgConnectOptions setSslCert(Path sslCert) {
    this.sslCert = sslCert;
    return this;
  }

  /**
   * The private key of the client certificate, PEM (libpq {@code sslkey}); by default {@code
   * ~/.postgresql/postgresql.key}. Null only when no home directory is known.
   */
  public Path getSslKey() {
    return sslKey != null ? sslKey : DefaultPaths.sslFile("postgresql.key");
  }

  /** Sets the client key file; null restores the default. */
  public PgConnectOptions setSslKey(Path sslKey) {
    this.sslKey = sslKey;
    return this;
  }

  /** The password of an encrypted {@link #getSslKey()} (libpq {@code sslpassword}), or null. */
  public String getSslPassword() {
    return sslPassword;
  }

  /** Sets the client key's password; null for none. */
  public PgConnectOptions setSslPassword(String sslPassword) {
    this.sslPassword = emptyToNull(sslPassword);
    return this;
  }

  /**
   * A certificate revocation list, PEM (libpq {@code sslcrl}): server certificates listed in it are
   * refused. Null, the default, for none.
   */
  public Path getSslCrl() {
    return sslCrl;
  }

  /** Sets the revocation list file; null for none. */
  public PgConnectOptions setSslCrl(Path sslCrl) {
    this.sslCrl = sslCrl;
    return this;
  }

  /** A directory of revocation lists (libpq {@code sslcrldir}), or null, the default. */
  public Path getSslCrlDir() {
    return sslCrlDir;
  }

  /** Sets the revocation list directory; null for none. */
  public PgConnectOptions setSslCrlDir(Path sslCrlDir) {
    this.sslCrlDir = sslCrlDir;
    return this;
  }

  /**
   * The oldest TLS version to accept (libpq {@code ssl_min_protocol_version}): {@code TLSv1},
   * {@code TLSv1.1}, {@code TLSv1.2} or {@code TLSv1.3}, spelled as the JDK's protocol names;
   * {@code TLSv1.2} by default.
   */
  public String getSslMinProtocolVersion() {
    return sslMinProtocolVersion;
  }

  /**
   * Sets the oldest TLS version to accept; null restores the default.
   *
   * @throws IllegalArgumentException {@code invalid ssl_min_protocol_version value: "SSLv3"
   *     (allowed: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)}
   */
  public PgConnectOptions setSslMinProtocolVersion(String version) {
    this.sslMinProtocolVersion =
        version == null || version.isEmpty()
            ? DEFAULT_SSL_MIN_PROTOCOL_VERSION
            : LibpqValues.parseTlsVersion("ssl_min_protocol_version", version);
    return this;
  }

  /**
   * The newest TLS version to accept (libpq {@code ssl_max_protocol_version}), spelled as {@link
   * #getSslMinProtocolVersion()}; null, the default, for the newest the JVM supports.
   */
  public String getSslMaxProtocolVersion() {
    return sslMaxProtocolVersion;
  }

  /**
   * Sets the newest TLS version to accept; null for no limit.
   *
   * @throws IllegalArgumentException {@code invalid ssl_max_protocol_version value: "TLSv2"
   *     (allowed: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)}
   */
  public PgConnectOptions setSslMaxProtocolVersion(String version) {
    this.sslMaxProtocolVersion =
        version == null || version.isEmpty()
            ? null
            : LibpqValues.parseTlsVersion("ssl_max_protocol_version", version);
    return this;
  }

  /** How TLS starts (libpq {@code sslnegotiation}); {@link SslNegotiation#POSTGRES} by default. */
  public SslNegotiation getSslNegotiation() {
    return sslNegotiation;
  }

  /**
   * Sets how TLS starts; null restores the default. {@link SslNegotiation#DIRECT} needs a mode that
   * requires TLS (see {@link #validate()}).
   */
  public PgConnectOptions setSslNegotiation(SslNegotiation sslNegotiation) {
    this.sslNegotiation = sslNegotiation != null ? sslNegotiation : SslNegotiation.POSTGRES;
    return this;
  }

  // ---- authentication --------------------------------------------------------------------------

  /** SCRAM channel binding (libpq {@code channel_binding}); {@link ChannelBinding#PREFER}. */
  public ChannelBinding getChannelBinding() {
    return channelBinding;
  }

  /** Sets SCRAM channel binding; null restores the default. */
  public PgConnectOptions setChannelBinding(ChannelBinding channelBinding) {
    this.channelBinding = channelBinding != null ? channelBinding : ChannelBinding.PREFER;
    return this;
  }

  /**
   * The authentication methods the server may use (libpq {@code require_auth}); {@link
   * RequireAuth#ANY} by default.
   */
  public RequireAuth getRequireAuth() {
    return requireAuth;
  }

  /** Sets the accepted authentication methods, see {@link RequireAuth#parse(String)}. */
  public PgConnectOptions setRequireAuth(RequireAuth requireAuth) {
    this.requireAuth = requireAuth != null ? requireAuth : RequireAuth.ANY;
    return this;
  }

  /**
   * The most SCRAM iterations a server may ask for; a server asking for more is refused, so that a
   * hostile server cannot make the client burn CPU. 100,000 by default (PostgreSQL uses 4,096).
   */
  public int getScramIterationCap() {
    return scramIterationCap;
  }

  /**
   * Sets the SCRAM iteration cap.
   *
   * @throws IllegalArgumentException if below 1
   */
  public PgConnectOptions setScramIterationCap(int scramIterationCap) {
    this.scramIterationCap = atLeast("scramIterationCap", 1, scramIterationCap);
    return this;
  }

  // ---- server selection ------------------------------------------------------------------------

  /**
   * Which server to accept (libpq {@code target_session_attrs}); {@link TargetSessionAttrs#ANY}.
   */
  public TargetSessionAttrs getTargetSessionAttrs() {
    return targetSessionAttrs;
  }

  /** Sets which server to accept; null restores the default. */
  public PgConnectOptions setTargetSessionAttrs(TargetSessionAttrs targetSessionAttrs) {
    this.targetSessionAttrs =
        targetSessionAttrs != null ? targetSessionAttrs : TargetSessionAttrs.ANY;
    return this;
  }

  /** The order hosts are tried in (libpq {@code load_balance_hosts}); {@code DISABLE}: as given. */
  public LoadBalanceHosts getLoadBalanceHosts() {
    return loadBalanceHosts;
  }

  /** Sets the order hosts are tried in; null restores the default. */
  public PgConnectOptions setLoadBalanceHosts(LoadBalanceHosts loadBalanceHosts) {
    this.loadBalanceHosts = loadBalanceHosts != null ? loadBalanceHosts : LoadBalanceHosts.DISABLE;
    return this;
  }

  // ---- protocol --------------------------------------------------------------------------------

  /**
   * The oldest protocol version to accept (libpq {@code min_protocol_version}); {@link
   * ProtocolVersion#V3_0} by default.
   */
  public ProtocolVersion getMinProtocolVersion() {
    return minProtocolVersion;
  }

  /** Sets the oldest protocol version to accept; null restores the default. */
  public PgConnectOptions setMinProtocolVersion(ProtocolVersion minProtocolVersion) {
    this.minProtocolVersion =
        minProtocolVersion != null ? minProtocolVersion : ProtocolVersion.V3_0;
    return this;
  }

  /**
   * The protocol version to ask for in the StartupMessage (libpq {@code max_protocol_version}): as
   * set, else as libpq 18 does, {@link ProtocolVersion#V3_0} (which old servers and poolers
   * understand) unless the minimum is higher, then {@link ProtocolVersion#latest()}.
   */
  public ProtocolVersion getMaxProtocolVersion() {
    if (maxProtocolVersion != null) {
      return maxProtocolVersion;
    }
    return minProtocolVersion.compareTo(ProtocolVersion.V3_0) > 0
        ? ProtocolVersion.latest()
        : ProtocolVersion.V3_0;
  }

  /** Sets the protocol version to ask for; null restores the default. */
  public PgConnectOptions setMaxProtocolVersion(ProtocolVersion maxProtocolVersion) {
    this.maxProtocolVersion = maxProtocolVersion;
    return this;
  }

  /**
   * Command-line options for the server process (libpq {@code options}), sent as the {@code
   * options} startup parameter, for example {@code -c geqo=off -c statement_timeout=5min}; or null.
   */
  public String getOptions() {
    return options;
  }

  /** Sets the server command-line options; null for none. */
  public PgConnectOptions setOptions(String options) {
    this.options = emptyToNull(options);
    return this;
  }

  /**
   * Further parameters for the StartupMessage, name to value, in the order set: server settings
   * such as {@code search_path}. Does not hold {@code user}, {@code database}, {@code options},
   * {@code application_name} or {@code replication}, which have their own options. Unmodifiable.
   */
  public Map<String, String> getProperties() {
    return Collections.unmodifiableMap(properties);
  }

  /**
   * Adds or replaces a startup parameter. The names of the pass-through parameters listed in the
   * class comment are written the server's way ({@code timezone} becomes {@code TimeZone}).
   *
   * @throws IllegalArgumentException if the name is empty or has its own option ({@code user},
   *     ...), or a {@code client_encoding} other than UTF8
   * @throws NullPointerException if the name or value is null
   */
  public PgConnectOptions setProperty(String name, String value) {
    Objects.requireNonNull(value, "value");
    String canonical = ServerParameters.checkStartupParameter(name);
    properties.put(canonical, ServerParameters.checkValue(canonical, value));
    return this;
  }

  /**
   * Replaces all startup parameters, each checked as by {@link #setProperty(String, String)}.
   *
   * @throws IllegalArgumentException as {@link #setProperty(String, String)}
   */
  public PgConnectOptions setProperties(Map<String, String> properties) {
    Map<String, String> previous = new LinkedHashMap<>(this.properties);
    this.properties.clear();
    try {
      properties.forEach(this::setProperty);
    } catch (RuntimeException e) {
      this.properties.clear();
      this.properties.putAll(previous);
      throw e;
    }
    return this;
  }

  // ---- pgloop limits ---------------------------------------------------------------------------

  /**
   * How many commands a connection sends ahead of their results; 256 by default. 1 turns pipelining
   * off.
   */
  public int getPipeliningLimit() {
    return pipeliningLimit;
  }

  /**
   * Sets the pipelining limit.
   *
   * @throws IllegalArgumentException if below 1
   */
  public PgConnectOptions setPipeliningLimit(int pipeliningLimit) {
    this.pipeliningLimit = atLeast("pipeliningLimit", 1, pipeliningLimit);
    return this;
  }

  /**
   * How many times a connection runs a statement of {@link PgConnection#preparedQuery} unprepared
   * before it prepares it under a name of its own (psycopg's {@code prepare_threshold}): with the
   * default 5, the sixth run prepares it and later runs only bind and execute. 0 prepares every
   * statement on its first run; -1 never prepares (for transaction-mode poolers such as PgBouncer,
   * where the next transaction may run on another server session).
   */
  public int getPrepareThreshold() {
    return prepareThreshold;
  }

  /**
   * Sets the prepare threshold.
   *
   * @throws IllegalArgumentException if below -1
   */
  public PgConnectOptions setPrepareThreshold(int prepareThreshold) {
    this.prepareThreshold = atLeast("prepareThreshold", -1, prepareThreshold);
    return this;
  }

  /**
   * How many automatically prepared statements a connection keeps; 100 by default. When one more is
   * prepared, the least recently used is closed on the server.
   */
  public int getPreparedStatementCacheMaxSize() {
    return preparedStatementCacheMaxSize;
  }

  /**
   * Sets the size of the prepared statement cache.
   *
   * @throws IllegalArgumentException if below 1
   */
  public PgConnectOptions setPreparedStatementCacheMaxSize(int preparedStatementCacheMaxSize) {
    this.preparedStatementCacheMaxSize =
        atLeast("preparedStatementCacheMaxSize", 1, preparedStatementCacheMaxSize);
    return this;
  }

  /**
   * Whether {@link PgConnection#preparedQuery} binds its parameters on the client: each {@code $n}
   * replaced by the value as a quoted SQL literal, the statement sent with the simple protocol (no
   * Parse, nothing prepared, results in text). False by default. For transaction-mode poolers that
   * refuse the extended protocol's named statements, and for statements the server does not take
   * parameters in (DDL, {@code SET}). In a connection string: {@code client_side_binding=true}.
   * {@link Query#execute(Tuple)} binds on the client whatever this says; explicit {@link
   * PgConnection#prepare} and {@link Pipeline} statements always bind on the server.
   */
  public boolean isClientSideBinding() {
    return clientSideBinding;
  }

  /** Sets whether {@link PgConnection#preparedQuery} binds on the client. */
  public PgConnectOptions setClientSideBinding(boolean clientSideBinding) {
    this.clientSideBinding = clientSideBinding;
    return this;
  }

  /**
   * Whether {@link PreparedQuery#executeBatch} runs a batch of a one-row {@code INSERT ... VALUES}
   * as set-based statements: {@code INSERT INTO t (a, b) VALUES ($1, $2)} goes as {@code INSERT
   * INTO t (a, b) SELECT ... FROM (SELECT unnest($1), unnest($2))}, its parameters binary arrays of
   * up to 1,000 rows, so that the server inserts a chunk of rows per statement instead of one.
   * Several times faster for large batches. False by default, as in pgjdbc ({@code
   * reWriteBatchedInserts}), because what the server sees changes:
   *
   * <ul>
   *   <li>the batch's result is one {@link RowSet} whose {@link SqlResult#rowCount()} is the rows
   *       inserted by the whole batch, not one result per tuple;
   *   <li>statement-level triggers fire once per chunk, not once per tuple;
   *   <li>{@code ON CONFLICT DO UPDATE} fails (21000) when one chunk holds the same key twice,
   *       where tuple-by-tuple execution would update the row twice;
   *   <li>an error names no tuple, since a chunk fails as a whole (the batch, one implicit
   *       transaction, is rolled back either way).
   * </ul>
   *
   * Only statements that keep their meaning are rewritten: a single {@code INSERT} with one {@code
   * VALUES} row holding every placeholder, without {@code DEFAULT}, {@code RETURNING} or {@code
   * WITH}, whose parameter types all have a binary codec and an array type, with values that travel
   * in binary. The statement must be prepared (see {@link #getPrepareThreshold()}): the first batch
   * of a statement runs tuple by tuple and learns its parameter types. Any other batch runs tuple
   * by tuple as usual. In a connection string: {@code rewrite_batched_inserts=true}.
   */
  public boolean isRewriteBatchedInserts() {
    return rewriteBatchedInserts;
  }

  /** Sets whether batches of one-row inserts run as set-based statements. */
  public PgConnectOptions setRewriteBatchedInserts(boolean rewriteBatchedInserts) {
    this.rewriteBatchedInserts = rewriteBatchedInserts;
    return this;
  }

  /**
   * The largest backend message accepted, in bytes, length field included; a larger one fails the
   * connection before it is buffered. 1 GiB by default, the most a server can send in one value.
   */
  public int getMaxMessageSize() {
    return maxMessageSize;
  }

  /**
   * Sets the largest backend message accepted.
   *
   * @throws IllegalArgumentException if below 1024
   */
  public PgConnectOptions setMaxMessageSize(int maxMessageSize) {
    this.maxMessageSize = atLeast("maxMessageSize", MIN_MAX_MESSAGE_SIZE, maxMessageSize);
    return this;
  }

  /**
   * The timeout of every query on the connection that does not set its own with {@link
   * Query#timeout(Duration)}; {@link Duration#ZERO}, the default, means none. A pgloop option, not
   * a libpq keyword: it is not part of URIs. Unlike the server's {@code statement_timeout}, it
   * counts the time a query waits behind others on the connection and the network's, and fails the
   * query with a {@link PgQueryTimeoutException}; see {@link Query#timeout(Duration)}.
   */
  public Duration getQueryTimeout() {
    return queryTimeout;
  }

  /**
   * Sets the connection-wide query timeout; null means none.
   *
   * @throws IllegalArgumentException if negative
   */
  public PgConnectOptions setQueryTimeout(Duration queryTimeout) {
    this.queryTimeout = nonNegative("queryTimeout", queryTimeout);
    return this;
  }

  // ---- checks and output -----------------------------------------------------------------------

  /**
   * Checks the rules that tie options together, as libpq does before connecting: {@code
   * sslrootcert=system} needs {@code verify-full}; {@code sslnegotiation=direct} needs a mode that
   * requires TLS; a minimum (TLS or protocol) version may not exceed its maximum.
   *
   * @return this
   * @throws IllegalArgumentException with libpq's text, for example {@code weak sslmode "require"
   *     may not be used with sslrootcert=system (use "verify-full")}
   */
  public PgConnectOptions validate() {
    SslMode mode = getSslMode();
    if (isSslRootCertSystem() && mode != SslMode.VERIFY_FULL) {
      throw new IllegalArgumentException(
          "weak sslmode \""
              + mode.value()
              + "\" may not be used with sslrootcert=system (use \"verify-full\")");
    }
    if (sslNegotiation == SslNegotiation.DIRECT && !mode.requiresTls()) {
      throw new IllegalArgumentException(
          "weak sslmode \""
              + mode.value()
              + "\" may not be used with sslnegotiation=direct"
              + " (use \"require\", \"verify-ca\", or \"verify-full\")");
    }
    if (sslMaxProtocolVersion != null
        && LibpqValues.TLS_VERSIONS.indexOf(sslMinProtocolVersion)
            > LibpqValues.TLS_VERSIONS.indexOf(sslMaxProtocolVersion)) {
      throw new IllegalArgumentException("invalid SSL protocol version range");
    }
    if (minProtocolVersion.compareTo(getMaxProtocolVersion()) > 0) {
      throw new IllegalArgumentException(
          "\"min_protocol_version\" is greater than \"max_protocol_version\"");
    }
    return this;
  }

  /**
   * These options as a {@code postgresql://} URI that {@link #fromUri(String)} reads back to the
   * same options: hosts, user and database always, other options when not at their default. Startup
   * parameters outside the pass-through list travel in {@code options} as {@code -c name=value}.
   * <b>Contains the password</b>: do not log it; {@link #toString()} masks it.
   */
  public String toUri() {
    return UriWriter.write(this, false);
  }

  /** These options as in {@link #toUri()}, with the passwords replaced by {@code ***}. */
  @Override
  public String toString() {
    return "PgConnectOptions[" + UriWriter.write(this, true) + "]";
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Duration nonNegative(String name, Duration d) {
    if (d == null) {
      return Duration.ZERO;
    }
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
    return d;
  }

  private static int atLeast(String name, int min, int value) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
    }
    return value;
  }
}
