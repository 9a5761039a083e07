package io.pgloop.rxjava3;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgNotification;
import io.pgloop.SslMode;
import io.pgloop.Tuple;
import io.pgloop.embedded.junit.TestServer;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import io.vertx.rxjava3.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subscriber's channel through the generated RxJava 3 API: a {@code Flowable}. */
class PgSubscriberTest {

  private static final long TIMEOUT_SECONDS = 30;
  private static final TestServer server = TestServer.shared();

  private Vertx vertx;

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() {
    vertx.close().blockingAwait(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static PgConnectOptions options() {
    return new PgConnectOptions()
        .setHost(server.host())
        .setPort(server.port())
        .setDatabase(server.database())
        .setUser(server.user())
        .setPassword(server.password())
        .setSslMode(SslMode.DISABLE);
  }

  @Test
  void aChannelIsAFlowableThatDeliversWhatIsRequested() throws Exception {
    PgConnection notifier =
        PgConnection.connect(vertx, options())
            .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .blockingGet();
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options());
    subscriber.connect().blockingAwait(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    PgChannel channel = subscriber.channel("rxjava");
    CompletableFuture<Void> subscribed = new CompletableFuture<>();
    channel.subscribeHandler(v -> subscribed.complete(null));

    TestSubscriber<PgNotification> items = channel.toFlowable().test(2);
    subscribed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    for (String payload : new String[] {"a", "b", "c"}) {
      notifier
          .preparedQuery("SELECT pg_notify($1, $2)")
          .execute(Tuple.of("rxjava", payload))
          .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .blockingGet();
    }

    items.awaitCount(2);
    items.requestMore(1);
    items.awaitCount(3);
    items.cancel();

    assertThat(items.values().stream().map(PgNotification::payload).collect(Collectors.toList()))
        .containsExactly("a", "b", "c");
    subscriber.close().blockingAwait(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    notifier.close().blockingAwait(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
