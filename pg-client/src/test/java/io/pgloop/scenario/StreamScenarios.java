package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgException;
import io.pgloop.Row;
import io.pgloop.Tuple;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows streamed with back-pressure: the consumer's demand drives the fetches, cancelling midway
 * frees the connection, and a server error midway fails the stream after the rows before it.
 */
public abstract class StreamScenarios extends ScenarioBase {

  private static final String SERIES = "SELECT g FROM generate_series(1, $1) g";

  protected StreamScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  @Test
  void tenThousandRowsArriveInOrderAsTheyAreRequested() {
    FrontEnd.Connection connection = open();
    FrontEnd.RowFeed feed = connection.stream(SERIES, Tuple.of(10_000), 500);

    for (int requested = 1_000; requested < 10_000; requested += 1_000) {
      feed.request(1_000);
      assertThat(feed.awaitRows(requested)).hasSize(requested);
    }
    feed.request(Long.MAX_VALUE);
    feed.awaitCompletion();

    List<Row> rows = feed.rows();
    assertThat(rows).hasSize(10_000);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getInteger(0)).isEqualTo(i + 1);
    }
  }

  @Test
  void noMoreRowsArriveThanWereRequested() throws InterruptedException {
    FrontEnd.Connection connection = open();
    FrontEnd.RowFeed feed = connection.stream(SERIES, Tuple.of(1_000), 100);

    Thread.sleep(100);
    List<Row> beforeDemand = feed.rows();
    feed.request(10);
    feed.awaitRows(10);
    feed.request(5);
    feed.awaitRows(15);
    // A stream that ignored demand would have run on to the end of a 100-row fetch by now.
    Thread.sleep(200);
    List<Row> delivered = feed.rows();
    feed.cancel();

    assertThat(beforeDemand).isEmpty();
    assertThat(delivered).extracting(row -> row.getInteger(0)).hasSize(15).endsWith(14, 15);
  }

  @Test
  void cancellingMidwayLeavesTheConnectionUsable() {
    FrontEnd.Connection connection = open();
    FrontEnd.RowFeed feed = connection.stream(SERIES, Tuple.of(100_000), 500);

    feed.request(1_500);
    feed.awaitRows(1_500);
    feed.cancel();
    int answer = connection.query("SELECT 42").iterator().next().getInteger(0);
    FrontEnd.RowFeed next = connection.stream(SERIES, Tuple.of(3), 10);
    next.request(Long.MAX_VALUE);
    next.awaitCompletion();

    assertThat(answer).isEqualTo(42);
    assertThat(feed.rows()).hasSize(1_500);
    assertThat(next.rows()).extracting(row -> row.getInteger(0)).containsExactly(1, 2, 3);
  }

  @Test
  void aServerErrorMidwayFailsTheStreamAfterTheRowsBeforeIt() {
    FrontEnd.Connection connection = open();
    FrontEnd.RowFeed feed =
        connection.stream(
            "SELECT 10 / (2000 - g) FROM generate_series(1, $1) g", Tuple.of(3_000), 100);

    feed.request(Long.MAX_VALUE);
    Throwable failure = feed.awaitFailure();

    assertThat(failure).isInstanceOf(PgException.class);
    assertThat(((PgException) failure).sqlState()).isEqualTo("22012");
    assertThat(feed.rows()).hasSize(1_999);
    assertThat(connection.query("SELECT 'usable'").iterator().next().getString(0))
        .isEqualTo("usable");
  }
}
