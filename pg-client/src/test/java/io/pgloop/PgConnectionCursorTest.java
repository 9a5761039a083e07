package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cursors: chunks, the end, closing mid-way, errors, transactions, queued queries. */
class PgConnectionCursorTest extends PgTestBase {

  private static List<Integer> ints(RowSet<Row> rows) {
    List<Integer> out = new ArrayList<>();
    rows.forEach(row -> out.add(row.getInteger(0)));
    return out;
  }

  @Test
  void readsInChunksUntilTheEnd() {
    PgConnection connection = connect();
    PreparedStatement statement =
        await(connection.prepare("SELECT g FROM generate_series(1, $1::int) g"));
    Cursor cursor = statement.cursor(Tuple.of(7));
    assertThat(cursor.hasMore()).isTrue();
    assertThat(ints(await(cursor.read(3)))).containsExactly(1, 2, 3);
    assertThat(cursor.hasMore()).isTrue();
    assertThat(ints(await(cursor.read(3)))).containsExactly(4, 5, 6);
    RowSet<Row> last = await(cursor.read(3));
    assertThat(ints(last)).containsExactly(7);
    assertThat(last.commandTag()).isEqualTo("SELECT 1");
    assertThat(cursor.hasMore()).isFalse();
    assertThat(await(cursor.read(3)).size()).isZero();
    await(cursor.close());
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void closingMidWayFreesTheConnection() {
    PgConnection connection = connect();
    PreparedStatement statement =
        await(connection.prepare("SELECT g FROM generate_series(1, 1000) g"));
    Cursor cursor = statement.cursor();
    assertThat(ints(await(cursor.read(2)))).containsExactly(1, 2);
    // Queued behind the open portal: written only once the cursor closes.
    Future<RowSet<Row>> queued = connection.preparedQuery("SELECT 'after'").execute();
    assertThat(queued.isComplete()).isFalse();
    await(cursor.close());
    assertThat(await(queued).iterator().next().getString(0)).isEqualTo("after");
    assertThat(failure(cursor.read(1))).hasMessage("the cursor is closed");
    // A second cursor on the same statement works too.
    Cursor again = statement.cursor();
    assertThat(ints(await(again.read(1)))).containsExactly(1);
    await(again.close());
    assertThat(await(connection.query("SELECT 2").execute()).size()).isEqualTo(1);
  }

  @Test
  void anErrorMidWayFailsTheReadAndLeavesTheConnectionInSync() {
    PgConnection connection = connect();
    PreparedStatement statement =
        await(connection.prepare("SELECT 10 / (5 - g) FROM generate_series(1, 10) g"));
    Cursor cursor = statement.cursor();
    assertThat(ints(await(cursor.read(2)))).containsExactly(2, 3);
    Throwable error = failure(cursor.read(5));
    assertThat(((PgException) error).sqlState()).isEqualTo("22012");
    assertThat(cursor.hasMore()).isFalse();
    await(cursor.close());
    assertThat(await(connection.query("SELECT 3").execute()).size()).isEqualTo(1);
  }

  @Test
  void worksInsideAnExplicitTransaction() {
    PgConnection connection = connect();
    await(connection.query("BEGIN").execute());
    await(
        connection
            .query("CREATE TEMP TABLE cursor_t AS SELECT generate_series(1, 5) AS g")
            .execute());
    PreparedStatement statement = await(connection.prepare("SELECT g FROM cursor_t ORDER BY g"));
    Cursor cursor = statement.cursor();
    assertThat(ints(await(cursor.read(2)))).containsExactly(1, 2);
    assertThat(ints(await(cursor.read(2)))).containsExactly(3, 4);
    await(cursor.close());
    await(connection.query("COMMIT").execute());
    assertThat(
            await(connection.query("SELECT count(*) FROM cursor_t").execute())
                .iterator()
                .next()
                .getLong(0))
        .isEqualTo(5);
  }

  @Test
  void closingAnUnreadCursorCostsNothing() {
    PgConnection connection = connect();
    Cursor cursor = await(connection.prepare("SELECT 1")).cursor();
    await(cursor.close());
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }
}
