package io.pgloop.test;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.embedded.EmbeddedPostgres;
import io.pgloop.embedded.junit.TestServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the integration tests share: the test server (embedded, or the one PGLOOP_TEST_URI names), a
 * Vert.x instance per test, and a way to wait for a future with a bound.
 */
public abstract class PgTestBase {

  /** Long enough for a slow CI machine, short enough that a hang fails the test. */
  protected static final Duration TIMEOUT = Duration.ofSeconds(30);

  protected static final TestServer server = TestServer.shared();

  protected Vertx vertx;

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() throws Exception {
    await(vertx.close());
  }

  /** Options for the test server's main user. */
  protected static PgConnectOptions options() {
    return new PgConnectOptions()
        .setHost(server.host())
        .setPort(server.port())
        .setDatabase(server.database())
        .setUser(server.user())
        .setPassword(server.password())
        .setSslMode(io.pgloop.SslMode.DISABLE);
  }

  /** The embedded server, for tests of its special users and certificates; skips otherwise. */
  protected static EmbeddedPostgres embedded() {
    return server.requireEmbedded();
  }

  protected PgConnection connect() {
    return await(PgConnection.connect(vertx, options()));
  }

  protected PgConnection connect(PgConnectOptions options) {
    return await(PgConnection.connect(vertx, options));
  }

  /** The future's value; its failure rethrown as is (unchecked) or wrapped. */
  public static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The future's failure; an AssertionError when it succeeds. */
  public static Throwable failure(Future<?> future) {
    try {
      Object value = await(future);
      throw new AssertionError("expected a failure, got " + value);
    } catch (AssertionError e) {
      throw e;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
