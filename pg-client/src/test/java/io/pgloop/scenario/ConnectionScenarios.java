package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgloop.PgConnectionException;
import io.pgloop.PgException;
import io.pgloop.PgNotification;
import io.pgloop.Tuple;
import io.pgloop.embedded.AuthMethod;
import io.pgloop.embedded.TestUser;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Opening, using and closing a connection, its authentication errors and its notifications. */
public abstract class ConnectionScenarios extends ScenarioBase {

  protected ConnectionScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  @Test
  void connectsAsTheUserItNames() {
    FrontEnd.Connection connection = open();

    String user = connection.query("SELECT current_user").iterator().next().getString(0);

    assertThat(user).isEqualTo(options().getUser());
    assertThat(connection.processId()).isPositive();
  }

  @Test
  void aWrongPasswordFailsWithSqlState28P01() {
    TestUser scram = embedded().user(AuthMethod.SCRAM_SHA_256);

    PgException failure =
        catchThrowableOfType(
            PgException.class,
            () ->
                frontEnd.connect(
                    vertx, options().setUser(scram.name()).setPassword("not " + scram.password())));

    assertThat(failure).as("the failure of a connect with a wrong password").isNotNull();
    assertThat(failure.sqlState()).isEqualTo("28P01");
    assertThat(failure.getMessage())
        .startsWith("FATAL:  password authentication failed for user \"" + scram.name() + "\"");
  }

  @Test
  void aClosedConnectionRefusesQueries() {
    FrontEnd.Connection connection = open();

    connection.close();

    assertThatThrownBy(() -> connection.query("SELECT 1"))
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection is closed");
  }

  @Test
  void aListeningConnectionReceivesNotificationsWithChannelAndPayload()
      throws InterruptedException {
    FrontEnd.Connection listener = open();
    FrontEnd.Connection notifier = open();
    BlockingQueue<PgNotification> received = new LinkedBlockingQueue<>();
    listener.onNotification(received::add);
    listener.query("LISTEN scenario_channel");

    notifier.preparedQuery("SELECT pg_notify($1, $2)", Tuple.of("scenario_channel", "first"));
    notifier.query("NOTIFY scenario_channel, 'second'");

    PgNotification first = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    PgNotification second = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(first)
        .isEqualTo(new PgNotification(notifier.processId(), "scenario_channel", "first"));
    assertThat(second)
        .isEqualTo(new PgNotification(notifier.processId(), "scenario_channel", "second"));
  }
}
