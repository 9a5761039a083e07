package io.pgloop.embedded.junit;

import io.pgloop.embedded.EmbeddedPostgres;
import io.pgloop.embedded.EmbeddedPostgresException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server a test talks to: the embedded one, or the external server named by the
 * environment variable {@value #URI_VARIABLE} ({@code postgresql://user:password@host:port/db}).
 *
 * <p>Most tests use {@link #shared()}, one server for the whole JVM, or get it injected by {@link
 * PgServerExtension}. A test that needs what only the embedded server has (its users per
 * authentication method, its certificates) calls {@link #requireEmbedded()} and is skipped against
 * an external server. Instances are immutable and safe to share between threads.
 */
public final class TestServer implements AutoCloseable {

  /** The environment variable naming an external server to use instead of the embedded one. */
  public static final String URI_VARIABLE = "PGLOOP_TEST_URI";

  private static TestServer shared;
  private static RuntimeException sharedFailure;

  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;
  private final String uri;
  private final EmbeddedPostgres embedded;
  private final boolean owned;

  private TestServer(
      String host,
      int port,
      String database,
      String user,
      String password,
      String uri,
      EmbeddedPostgres embedded,
      boolean owned) {
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
    this.uri = uri;
    this.embedded = embedded;
    this.owned = owned;
  }

  /**
   * The server of this JVM: the external one when {@value #URI_VARIABLE} is set, else an embedded
   * server of the {@linkplain EmbeddedPostgres#defaultMajorVersion() default major}, started at the
   * first call and stopped when the JVM exits. Closing it does nothing.
   *
   * @throws EmbeddedPostgresException when the embedded server cannot start or the URI is malformed
   */
  public static synchronized TestServer shared() {
    if (sharedFailure != null) {
      // One failed start is enough: every later test would wait as long to fail the same way.
      throw sharedFailure;
    }
    if (shared == null) {
      try {
        String external = System.getenv(URI_VARIABLE);
        shared =
            external != null && !external.isBlank()
                ? fromUri(external)
                : of(EmbeddedPostgres.start(), false);
      } catch (RuntimeException e) {
        sharedFailure = e;
        throw e;
      }
    }
    return shared;
  }

  /**
   * A new embedded server of a given major version, for tests that need one; {@link #close()} stops
   * it. It ignores {@value #URI_VARIABLE}.
   *
   * @throws EmbeddedPostgresException when it cannot start
   */
  public static TestServer startMajor(int majorVersion) {
    return of(EmbeddedPostgres.builder().majorVersion(majorVersion).start(), true);
  }

  /**
   * Wraps a running embedded server; closing the result does not stop it.
   *
   * @param embedded the server, whose superuser the test server connects as
   */
  public static TestServer of(EmbeddedPostgres embedded) {
    return of(embedded, false);
  }

  private static TestServer of(EmbeddedPostgres pg, boolean owned) {
    return new TestServer(
        pg.host(),
        pg.port(),
        pg.database(),
        pg.superuser(),
        pg.superuserPassword(),
        pg.uri(),
        pg,
        owned);
  }

  /**
   * An external server given by a URI {@code postgresql://user:password@host:port/database} (or
   * {@code postgres://}); the port defaults to 5432 and the database to the user name. User and
   * password may be percent-encoded. Query parameters are kept in {@link #uri()} only.
   *
   * @throws IllegalArgumentException when the URI is not of that form; the message names the part
   */
  public static TestServer fromUri(String text) {
    URI parsed;
    try {
      parsed = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(URI_VARIABLE + " is not a URI: " + e.getMessage(), e);
    }
    if (!"postgresql".equals(parsed.getScheme()) && !"postgres".equals(parsed.getScheme())) {
      throw new IllegalArgumentException(
          URI_VARIABLE + " must start with postgresql://, not '" + parsed.getScheme() + "://'");
    }
    String host = parsed.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException(URI_VARIABLE + " names no host: " + text);
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    String userInfo = parsed.getRawUserInfo();
    if (userInfo == null || userInfo.isEmpty()) {
      throw new IllegalArgumentException(URI_VARIABLE + " names no user: " + text);
    }
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    String path = parsed.getRawPath();
    String database = path == null || path.length() <= 1 ? user : decode(path.substring(1));
    int port = parsed.getPort() < 0 ? 5432 : parsed.getPort();
    return new TestServer(host, port, database, user, password, text.trim(), null, false);
  }

  /** The host name or address to connect to. */
  public String host() {
    return host;
  }

  /** The TCP port. */
  public int port() {
    return port;
  }

  /** The database to use. */
  public String database() {
    return database;
  }

  /** A user with the rights of the test suite (the superuser of the embedded server). */
  public String user() {
    return user;
  }

  /** That user's password; {@code null} when the external URI has none. */
  public String password() {
    return password;
  }

  /** The server's URI, {@code postgresql://user[:password]@host:port/database[?...]}. */
  public String uri() {
    return uri;
  }

  /** The embedded server, or empty when this is an external server. */
  public Optional<EmbeddedPostgres> embedded() {
    return Optional.ofNullable(embedded);
  }

  /**
   * The embedded server; against an external server the calling test is skipped (a failed JUnit
   * assumption), since only the embedded server has the special users and certificates.
   */
  public EmbeddedPostgres requireEmbedded() {
    Assumptions.assumeTrue(
        embedded != null,
        "needs the embedded server's special users/certificates; " + URI_VARIABLE + " is set");
    return embedded;
  }

  /** Stops the embedded server if this instance started it ({@link #startMajor}); else nothing. */
  @Override
  public void close() {
    if (owned) {
      embedded.close();
    }
  }

  @Override
  public String toString() {
    return "TestServer[" + host + ":" + port + "/" + database + " as " + user + "]";
  }

  private static String decode(String s) {
    return URLDecoder.decode(Objects.requireNonNull(s).replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
