package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.test.FaultProxy;
import io.pgloop.test.PgTestBase;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LISTEN/NOTIFY through a subscriber: delivery, names, unlisten, reconnection, back-pressure. */
class PgSubscriberTest extends PgTestBase {

  private PgConnection notifier;
  private final List<PgSubscriber> subscribers = new ArrayList<>();

  @BeforeEach
  void openNotifier() {
    notifier = connect();
  }

  @AfterEach
  void closeSubscribers() {
    for (PgSubscriber subscriber : subscribers) {
      await(subscriber.close());
    }
    await(notifier.close());
  }

  @Test
  void aChannelReceivesWhatIsNotifiedOnItsName() {
    PgSubscriber subscriber = connected(options());
    Received jobs = new Received();
    listen(subscriber.channel("jobs"), jobs);

    notify("jobs", "42");
    notify("other", "ignored");
    notify("jobs", "");

    jobs.awaitCount(2);
    assertThat(jobs.payloads()).containsExactly("42", "");
    assertThat(jobs.items.get(0).channel()).isEqualTo("jobs");
    assertThat(jobs.items.get(0).processId()).isEqualTo(notifier.processId());
  }

  @Test
  void everyChannelOfANameGetsEveryNotificationAndNamesStayApart() {
    PgSubscriber subscriber = connected(options());
    Received first = new Received();
    Received second = new Received();
    Received other = new Received();
    listen(subscriber.channel("shared"), first);
    listen(subscriber.channel("shared"), second);
    listen(subscriber.channel("other"), other);

    notify("shared", "a");
    notify("other", "b");
    notify("shared", "c");

    first.awaitCount(2);
    second.awaitCount(2);
    other.awaitCount(1);
    assertThat(first.payloads()).containsExactly("a", "c");
    assertThat(second.payloads()).containsExactly("a", "c");
    assertThat(other.payloads()).containsExactly("b");
  }

  @Test
  void payloadsUpTo7999BytesAndUnicodeArriveIntact() {
    PgSubscriber subscriber = connected(options());
    Received received = new Received();
    listen(subscriber.channel("big"), received);
    String longest = "x".repeat(7999);
    String unicode = "naïve café ✓ 日本語 😀";

    notify("big", longest);
    notify("big", unicode);

    received.awaitCount(2);
    assertThat(received.payloads()).containsExactly(longest, unicode);
  }

  @Test
  void namesAreQuotedSoCaseAndEveryCharacterCount() {
    await(notifier.query("CREATE TABLE IF NOT EXISTS pubsub_victim (id int)").execute());
    PgSubscriber subscriber = connected(options());
    String injection = "x\"; DROP TABLE pubsub_victim; --";
    List<String> names = List.of("Orders", "orders", "with \"quotes\"", "canal ✓ 日本", injection);
    List<Received> received = new ArrayList<>();
    for (String name : names) {
      Received r = new Received();
      received.add(r);
      listen(subscriber.channel(name), r);
    }

    for (String name : names) {
      notify(name, "to " + name);
    }

    for (int i = 0; i < names.size(); i++) {
      received.get(i).awaitCount(1);
    }
    for (int i = 0; i < names.size(); i++) {
      assertThat(received.get(i).payloads()).containsExactly("to " + names.get(i));
      assertThat(received.get(i).items.get(0).channel()).isEqualTo(names.get(i));
    }
    assertThat(listening(subscriber)).containsExactlyInAnyOrderElementsOf(names);
    assertThat(await(notifier.query("SELECT count(*) FROM pubsub_victim").execute()).size())
        .as("the table the injected name tried to drop")
        .isEqualTo(1);
  }

  @Test
  void namesTheServerCouldNotKeepAreRefused() {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options());
    subscribers.add(subscriber);

    assertThatThrownBy(() -> subscriber.channel(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a channel name must not be empty");
    assertThatThrownBy(() -> subscriber.channel("a\0b"))
        .hasMessage("channel name \"a\\0b\" holds a NUL character");
    assertThatThrownBy(() -> subscriber.channel("é".repeat(32)))
        .hasMessage(
            "channel name \""
                + "é".repeat(32)
                + "\" is 64 bytes long in UTF-8; PostgreSQL names hold at most 63");
    assertThat(subscriber.channel("x".repeat(63)).name()).hasSize(63);
  }

  @Test
  void aRefusedListenGoesToTheChannelsExceptionHandler() {
    PgSubscriber subscriber = connected(options());
    PgConnection connection = subscriber.actualConnection();
    await(connection.query("BEGIN").execute());
    failure(connection.query("SELECT 1/0").execute());
    Promise<Throwable> refused = Promise.promise();
    AtomicInteger subscribed = new AtomicInteger();
    PgChannel channel = subscriber.channel("refused");
    channel.exceptionHandler(refused::tryComplete);
    channel.subscribeHandler(v -> subscribed.incrementAndGet());

    channel.handler(new Received());

    assertThat(await(refused.future())).isInstanceOf(PgInFailedSqlTransactionException.class);
    await(connection.query("ROLLBACK").execute());
    assertThat(subscribed.get()).isZero();
    assertThat(listening(subscriber)).doesNotContain("refused");
    assertThat(subscriber.isConnected()).isTrue();
  }

  @Test
  void theLastHandlerGoneUnlistensAndDeliveryStops() {
    PgSubscriber subscriber = connected(options());
    Received first = new Received();
    Received second = new Received();
    Received marker = new Received();
    PgChannel one = listen(subscriber.channel("news"), first);
    PgChannel two = listen(subscriber.channel("news"), second);
    listen(subscriber.channel("marker"), marker);

    one.handler(null);
    assertThat(listening(subscriber)).as("one channel of the name is left").contains("news");
    notify("news", "to the second only");
    second.awaitCount(1);

    two.handler(null);
    assertThat(listening(subscriber)).containsExactly("marker");
    notify("news", "to nobody");
    notify("marker", "after");
    marker.awaitCount(1);

    assertThat(first.payloads()).isEmpty();
    assertThat(second.payloads()).containsExactly("to the second only");
  }

  @Test
  void aTerminatedBackendIsReplacedListenedAgainAndAnnounced() {
    PgSubscriber subscriber =
        connected(options(), new PgSubscriberOptions().setReconnectInitialDelay(millis(20)));
    AtomicInteger subscribed = new AtomicInteger();
    Received received = new Received();
    PgChannel channel = subscriber.channel("Restart");
    channel.subscribeHandler(v -> subscribed.incrementAndGet());
    channel.handler(received);
    eventually("first subscribe", () -> subscribed.get() == 1);
    int firstPid = subscriber.actualConnection().processId();

    await(notifier.query("SELECT pg_terminate_backend(" + firstPid + ")").execute());

    eventually("subscribe after reconnection", () -> subscribed.get() == 2);
    assertThat(subscriber.isConnected()).isTrue();
    assertThat(subscriber.actualConnection().processId()).isNotEqualTo(firstPid);
    notify("Restart", "after");
    received.awaitCount(1);
    assertThat(received.payloads()).containsExactly("after");
  }

  @Test
  void aCutNetworkIsRetriedWithBackoffUntilTheServerIsBack() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgSubscriber subscriber =
          connected(
              options().setHost("127.0.0.1").setPort(proxy.port()),
              new PgSubscriberOptions()
                  .setReconnectInitialDelay(millis(10))
                  .setReconnectMaxDelay(millis(50)));
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      subscriber.exceptionHandler(failures::add);
      AtomicInteger subscribed = new AtomicInteger();
      Received received = new Received();
      PgChannel channel = subscriber.channel("cut");
      channel.subscribeHandler(v -> subscribed.incrementAndGet());
      channel.handler(received);
      eventually("first subscribe", () -> subscribed.get() == 1);

      proxy.refuse();
      proxy.cutAll();
      eventually("three failed reconnection attempts", () -> failedAttempts(failures) >= 3);
      assertThat(subscriber.isConnected()).isFalse();
      assertThat(subscriber.actualConnection()).isNull();
      assertThat(failures)
          .anySatisfy(
              f ->
                  assertThat(f)
                      .isInstanceOf(PgConnectionException.class)
                      .hasMessage("the LISTEN connection was lost; reconnecting"));
      proxy.accept();

      eventually("subscribe after reconnection", () -> subscribed.get() == 2);
      assertThat(subscriber.isConnected()).isTrue();
      notify("cut", "back");
      received.awaitCount(1);
      assertThat(received.payloads()).containsExactly("back");
    }
  }

  @Test
  void aSilentNetworkIsFoundByTheHealthCheckAndTheNextHostTakesOver() throws Exception {
    try (FaultProxy silent = new FaultProxy(server.host(), server.port());
        FaultProxy spare = new FaultProxy(server.host(), server.port())) {
      PgSubscriber subscriber =
          connected(
              options()
                  .setHosts(
                      List.of(
                          new HostAndPort("127.0.0.1", silent.port()),
                          new HostAndPort("127.0.0.1", spare.port())))
                  .setConnectTimeout(Duration.ofSeconds(1)),
              new PgSubscriberOptions()
                  .setHealthCheckInterval(millis(200))
                  .setReconnectInitialDelay(millis(10)));
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      subscriber.exceptionHandler(failures::add);
      AtomicInteger subscribed = new AtomicInteger();
      Received received = new Received();
      PgChannel channel = subscriber.channel("silent");
      channel.subscribeHandler(v -> subscribed.incrementAndGet());
      channel.handler(received);
      eventually("first subscribe", () -> subscribed.get() == 1);

      silent.blackHole();

      eventually("subscribe through the spare host", () -> subscribed.get() == 2);
      assertThat(failures)
          .anySatisfy(
              f ->
                  assertThat(f)
                      .isInstanceOf(PgConnectionException.class)
                      .hasMessageStartingWith("the LISTEN connection failed its health check: "));
      notify("silent", "heard");
      received.awaitCount(1);
      assertThat(received.payloads()).containsExactly("heard");
    }
  }

  @Test
  void closingDuringBackoffStopsReconnectingAndEndsChannels() throws Exception {
    String application = "pgloop-subscriber-close-test";
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgSubscriber subscriber =
          connected(
              options().setHost("127.0.0.1").setPort(proxy.port()).setApplicationName(application),
              new PgSubscriberOptions()
                  .setReconnectInitialDelay(millis(10))
                  .setReconnectMaxDelay(millis(20)));
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      subscriber.exceptionHandler(failures::add);
      AtomicInteger closed = new AtomicInteger();
      AtomicInteger ended = new AtomicInteger();
      subscriber.closeHandler(v -> closed.incrementAndGet());
      PgChannel channel = subscriber.channel("closing");
      channel.endHandler(v -> ended.incrementAndGet());
      listen(channel, new Received());
      proxy.refuse();
      proxy.cutAll();
      eventually("a failed reconnection attempt", () -> failedAttempts(failures) >= 1);

      await(subscriber.close());
      int failuresAtClose = failures.size();
      proxy.accept();
      // Many times the longest backoff: a timer left behind would have connected by now.
      Thread.sleep(300);

      assertThat(closed.get()).isEqualTo(1);
      assertThat(ended.get()).isEqualTo(1);
      assertThat(subscriber.isClosed()).isTrue();
      assertThat(failures).hasSize(failuresAtClose);
      assertThat(backendsOf(application)).isZero();
      assertThat(failure(subscriber.connect()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the subscriber is closed");
    }
  }

  @Test
  void withoutReconnectionALostConnectionClosesTheSubscriber() {
    PgSubscriber subscriber =
        connected(options(), new PgSubscriberOptions().setReconnectMaxAttempts(0));
    Promise<Void> closed = Promise.promise();
    Promise<Void> ended = Promise.promise();
    subscriber.closeHandler(v -> closed.tryComplete());
    listen(subscriber.channel("once"), new Received()).endHandler(v -> ended.tryComplete());

    await(
        notifier
            .query("SELECT pg_terminate_backend(" + subscriber.actualConnection().processId() + ")")
            .execute());

    await(closed.future());
    await(ended.future());
    assertThat(subscriber.isClosed()).isTrue();
  }

  @Test
  void afterTheLastAllowedAttemptFailsTheSubscriberCloses() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgSubscriber subscriber =
          connected(
              options().setHost("127.0.0.1").setPort(proxy.port()),
              new PgSubscriberOptions()
                  .setReconnectInitialDelay(millis(10))
                  .setReconnectMaxDelay(millis(20))
                  .setReconnectMaxAttempts(2));
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      subscriber.exceptionHandler(failures::add);
      Promise<Void> closed = Promise.promise();
      subscriber.closeHandler(v -> closed.tryComplete());

      proxy.refuse();
      proxy.cutAll();

      await(closed.future());
      assertThat(failures.get(failures.size() - 1))
          .isInstanceOf(PgConnectionException.class)
          .hasMessage(
              "the subscriber gave up after 2 failed reconnection attempts"
                  + " (reconnectMaxAttempts = 2)");
      assertThat(failedAttempts(failures)).isEqualTo(3); // two attempts, then giving up
    }
  }

  @Test
  void aPausedChannelBuffersThenDropsTheOldestBeyondItsBound() {
    PgSubscriber subscriber =
        connected(options(), new PgSubscriberOptions().setMaxBufferedNotifications(3));
    Received paused = new Received();
    Received marker = new Received();
    PgChannel channel = listen(subscriber.channel("slow"), paused);
    listen(subscriber.channel("marker"), marker);
    channel.pause();

    for (int i = 1; i <= 5; i++) {
      notify("slow", "n" + i);
    }
    notify("marker", "all sent");
    marker.awaitCount(1);
    assertThat(paused.payloads()).isEmpty();
    assertThat(channel.droppedCount()).isEqualTo(2);

    channel.fetch(1);
    paused.awaitCount(1);
    channel.resume();
    paused.awaitCount(3);
    assertThat(paused.payloads()).containsExactly("n3", "n4", "n5");
    notify("slow", "n6");
    paused.awaitCount(4);
    assertThat(paused.payloads()).containsExactly("n3", "n4", "n5", "n6");
  }

  @Test
  void closingEndsAPausedChannelOnlyOnceItsBufferIsDelivered() {
    PgSubscriber subscriber = connected(options());
    Received received = new Received();
    Received marker = new Received();
    AtomicInteger ended = new AtomicInteger();
    PgChannel channel = listen(subscriber.channel("draining"), received);
    channel.endHandler(v -> ended.incrementAndGet());
    listen(subscriber.channel("marker"), marker);
    channel.pause();
    notify("draining", "kept");
    notify("marker", "sent");
    marker.awaitCount(1);

    await(subscriber.close());
    assertThat(ended.get()).as("ended before its buffer was delivered").isZero();
    channel.resume();

    eventually("end", () -> ended.get() == 1);
    assertThat(received.payloads()).containsExactly("kept");
  }

  @Test
  void aThrowingHandlerDoesNotStopTheOtherChannelsOfTheName() {
    PgSubscriber subscriber = connected(options());
    List<Throwable> reported = new CopyOnWriteArrayList<>();
    vertx.exceptionHandler(reported::add);
    Received thrower =
        new Received(
            () -> {
              throw new IllegalStateException("handler failure");
            });
    Received other = new Received();
    listen(subscriber.channel("throwing"), thrower);
    listen(subscriber.channel("throwing"), other);

    notify("throwing", "1");
    notify("throwing", "2");

    other.awaitCount(2);
    assertThat(other.payloads()).containsExactly("1", "2");
    eventually("both failures reported", () -> reported.size() == 2);
    assertThat(reported).allSatisfy(e -> assertThat(e).hasMessage("handler failure"));
    assertThat(subscriber.isConnected()).isTrue();
  }

  @Test
  void subscribingAndUnsubscribingInQuickSuccessionEndsInTheLastState() {
    PgSubscriber subscriber = connected(options());
    Received received = new Received();
    Received marker = new Received();
    PgChannel channel = subscriber.channel("churn");
    listen(subscriber.channel("marker"), marker);

    for (int i = 0; i < 50; i++) {
      channel.handler(received);
      channel.handler(null);
    }
    listen(channel, received);
    notify("churn", "once");
    notify("marker", "after");
    marker.awaitCount(1);
    received.awaitCount(1);

    assertThat(listening(subscriber)).containsExactlyInAnyOrder("churn", "marker");
    assertThat(received.payloads()).containsExactly("once");
    assertThatThrownBy(() -> channel.fetch(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fetch amount must not be negative, not -1");
  }

  @Test
  void tenThousandNotificationsArriveAllAndInOrder() {
    PgSubscriber subscriber = connected(options());
    Received received = new Received();
    listen(subscriber.channel("bulk"), received);

    await(
        notifier
            .query("SELECT pg_notify('bulk', g::text) FROM generate_series(1, 10000) g")
            .execute());

    received.awaitCount(10_000);
    assertThat(received.payloads())
        .isEqualTo(
            IntStream.rangeClosed(1, 10_000)
                .mapToObj(Integer::toString)
                .collect(Collectors.toList()));
  }

  @Test
  void handlersRunOnTheContextTheSubscriberWasCreatedOn() {
    Context context = vertx.getOrCreateContext();
    Promise<PgSubscriber> created = Promise.promise();
    context.runOnContext(v -> created.complete(PgSubscriber.subscriber(vertx, options())));
    PgSubscriber subscriber = await(created.future());
    subscribers.add(subscriber);
    List<Context> seen = new CopyOnWriteArrayList<>();
    PgChannel channel = subscriber.channel("where");
    channel.subscribeHandler(v -> seen.add(Vertx.currentContext()));
    Received received = new Received(() -> seen.add(Vertx.currentContext()));
    channel.handler(received);
    await(subscriber.connect());

    notify("where", "here");
    received.awaitCount(1);
    eventually("subscribe handler", () -> seen.size() == 2);
    assertThat(seen).containsOnly(context);
  }

  @Test
  void closingVertxClosesTheSubscriber() {
    Vertx own = Vertx.vertx();
    PgSubscriber subscriber = PgSubscriber.subscriber(own, options());
    Promise<Void> closed = Promise.promise();
    subscriber.closeHandler(v -> closed.tryComplete());
    await(subscriber.connect());
    listen(subscriber.channel("vertx"), new Received());

    await(own.close());

    await(closed.future());
    assertThat(subscriber.isClosed()).isTrue();
  }

  @Test
  void connectingTwiceIsHarmlessAndAFailedFirstAttemptCanBeRetried() {
    PgSubscriber wrong =
        PgSubscriber.subscriber(vertx, options().setDatabase("pgloop_no_such_database"));
    subscribers.add(wrong);
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options());
    subscribers.add(subscriber);

    Throwable refused = failure(wrong.connect());
    await(subscriber.connect());
    await(subscriber.connect());

    assertThat(refused).isInstanceOf(PgException.class);
    assertThat(((PgException) refused).sqlState()).isEqualTo("3D000");
    assertThat(wrong.isClosed()).isFalse();
    assertThat(wrong.isConnected()).isFalse();
    assertThat(subscriber.isConnected()).isTrue();
  }

  // ---------------------------------------------------------------- support

  private PgSubscriber connected(PgConnectOptions connectOptions) {
    return connected(connectOptions, new PgSubscriberOptions());
  }

  private PgSubscriber connected(PgConnectOptions connectOptions, PgSubscriberOptions options) {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, connectOptions, options);
    subscribers.add(subscriber);
    await(subscriber.connect());
    return subscriber;
  }

  /** Subscribes the channel and waits for the server to confirm LISTEN. */
  private static PgChannel listen(PgChannel channel, Received received) {
    Promise<Void> subscribed = Promise.promise();
    channel.subscribeHandler(v -> subscribed.tryComplete());
    channel.handler(received);
    await(subscribed.future());
    return channel;
  }

  private void notify(String channel, String payload) {
    await(notifier.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(channel, payload)));
  }

  private static List<String> listening(PgSubscriber subscriber) {
    List<String> names = new ArrayList<>();
    for (Row row :
        await(subscriber.actualConnection().query("SELECT pg_listening_channels()").execute())) {
      names.add(row.getString(0));
    }
    return names;
  }

  private long backendsOf(String application) {
    Row row =
        await(
                notifier
                    .preparedQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1")
                    .execute(Tuple.of(application)))
            .iterator()
            .next();
    return row.getLong(0);
  }

  private static long failedAttempts(List<Throwable> failures) {
    return failures.stream()
        .filter(f -> !"the LISTEN connection was lost; reconnecting".equals(f.getMessage()))
        .count();
  }

  private static Duration millis(long millis) {
    return Duration.ofMillis(millis);
  }

  private static void eventually(String what, BooleanSupplier check) {
    eventually(() -> what, check);
  }

  private static void eventually(Supplier<String> what, BooleanSupplier check) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!check.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + TIMEOUT + ": " + what.get());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A handler that keeps what it receives, for the test thread to wait on. */
  private static final class Received implements io.vertx.core.Handler<PgNotification> {
    final List<PgNotification> items = new CopyOnWriteArrayList<>();
    private final Runnable onEach;

    Received() {
      this(() -> {});
    }

    Received(Runnable onEach) {
      this.onEach = onEach;
    }

    @Override
    public void handle(PgNotification notification) {
      onEach.run();
      items.add(notification);
    }

    List<String> payloads() {
      return items.stream().map(PgNotification::payload).collect(Collectors.toList());
    }

    void awaitCount(int count) {
      eventually(() -> count + " notifications, got " + items.size(), () -> items.size() >= count);
    }
  }
}
