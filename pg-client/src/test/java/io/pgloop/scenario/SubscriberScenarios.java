package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgNotification;
import io.pgloop.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link io.pgloop.PgSubscriber}'s channels as the front end's streams: each receives the
 * notifications of its own name, in order, and ends when the subscriber closes.
 */
public abstract class SubscriberScenarios extends ScenarioBase {

  private FrontEnd.Subscriber subscriber;

  protected SubscriberScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  @AfterEach
  void closeSubscriber() {
    if (subscriber != null) {
      subscriber.close();
    }
  }

  @Test
  void aChannelReceivesTheNotificationsOfItsNameInOrderAndEndsWhenTheSubscriberCloses() {
    subscriber = frontEnd.subscriber(vertx, options());
    subscriber.connect();
    NotificationFeed jobs = subscriber.listen("Scenario Jobs");
    NotificationFeed other = subscriber.listen("scenario_other");
    FrontEnd.Connection notifier = open();

    for (int i = 1; i <= 3; i++) {
      notifier.preparedQuery("SELECT pg_notify($1, $2)", Tuple.of("Scenario Jobs", "job " + i));
    }
    notifier.preparedQuery("SELECT pg_notify($1, $2)", Tuple.of("scenario_other", "elsewhere"));

    assertThat(jobs.await(3))
        .extracting(PgNotification::payload)
        .containsExactly("job 1", "job 2", "job 3");
    PgNotification elsewhere = other.await(1).get(0);
    assertThat(elsewhere.channel()).isEqualTo("scenario_other");
    assertThat(elsewhere.payload()).isEqualTo("elsewhere");
    assertThat(elsewhere.processId()).isEqualTo(notifier.processId());
    assertThat(jobs.isEnded()).isFalse();

    subscriber.close();
    jobs.awaitEnd();
    other.awaitEnd();
  }
}
