package io.pgloop.mutiny;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgNotification;
import io.pgloop.SslMode;
import io.pgloop.Tuple;
import io.pgloop.embedded.junit.TestServer;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subscriber's channel through the generated Mutiny API: a {@code Multi} with back-pressure. */
class PgSubscriberTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final TestServer server = TestServer.shared();

  private Vertx vertx;

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
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
  void aChannelIsAMultiThatDeliversWhatIsRequested() throws Exception {
    PgConnection notifier = PgConnection.connectAndAwait(vertx, options());
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options());
    subscriber.connect().await().atMost(TIMEOUT);
    PgChannel channel = subscriber.channel("mutiny");
    CompletableFuture<Void> subscribed = new CompletableFuture<>();
    channel.subscribeHandler(() -> subscribed.complete(null));

    AssertSubscriber<PgNotification> items =
        channel.toMulti().subscribe().withSubscriber(AssertSubscriber.create(2));
    subscribed.get(30, TimeUnit.SECONDS);
    for (String payload : new String[] {"a", "b", "c"}) {
      notifier
          .preparedQuery("SELECT pg_notify($1, $2)")
          .execute(Tuple.of("mutiny", payload))
          .await()
          .atMost(TIMEOUT);
    }

    items.awaitItems(2, TIMEOUT);
    items.request(1);
    items.awaitItems(3, TIMEOUT);
    items.cancel();

    assertThat(items.getItems().stream().map(PgNotification::payload).collect(Collectors.toList()))
        .containsExactly("a", "b", "c");
    assertThat(channel.droppedCount()).isZero();
    subscriber.close().await().atMost(TIMEOUT);
    notifier.close().await().atMost(TIMEOUT);
  }
}
