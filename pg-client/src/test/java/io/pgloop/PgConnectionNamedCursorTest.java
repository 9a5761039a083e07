package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named server-side cursors: DECLARE with its options, FETCH and MOVE in every direction. */
class PgConnectionNamedCursorTest extends PgTestBase {

  private static final String TEN = "SELECT i FROM generate_series(1, 10) AS s(i)";

  @Test
  void aScrollCursorFetchesInEveryDirection() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    NamedCursor cursor =
        await(connection.declareCursor("c", TEN, new CursorOptions().setScroll(true)));
    assertThat(cursor.name()).isEqualTo("c");
    assertThat(fetch(cursor, FetchDirection.NEXT)).containsExactly(1);
    assertThat(fetch(cursor, FetchDirection.NEXT)).containsExactly(2);
    assertThat(fetch(cursor, FetchDirection.PRIOR)).containsExactly(1);
    assertThat(fetch(cursor, FetchDirection.LAST)).containsExactly(10);
    assertThat(fetch(cursor, FetchDirection.FIRST)).containsExactly(1);
    assertThat(fetch(cursor, FetchDirection.ABSOLUTE, 3)).containsExactly(3);
    assertThat(fetch(cursor, FetchDirection.ABSOLUTE, -2)).containsExactly(9);
    assertThat(fetch(cursor, FetchDirection.RELATIVE, -1)).containsExactly(8);
    assertThat(fetch(cursor, FetchDirection.RELATIVE, 0)).containsExactly(8);
    assertThat(fetch(cursor, FetchDirection.FORWARD, 2)).containsExactly(9, 10);
    assertThat(fetch(cursor, FetchDirection.BACKWARD, 3)).containsExactly(9, 8, 7);
    assertThat(fetch(cursor, FetchDirection.FORWARD_ALL)).containsExactly(8, 9, 10);
    assertThat(fetch(cursor, FetchDirection.NEXT)).isEmpty();
    assertThat(fetch(cursor, FetchDirection.BACKWARD_ALL))
        .containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    assertThat(await(cursor.move(FetchDirection.FORWARD, 5))).isEqualTo(5);
    assertThat(fetch(cursor, FetchDirection.NEXT)).containsExactly(6);
    assertThat(await(cursor.move(FetchDirection.ABSOLUTE, 0))).isZero();
    assertThat(fetch(cursor, FetchDirection.ALL)).hasSize(10);
    assertThat(await(cursor.move(FetchDirection.BACKWARD_ALL))).isEqualTo(10);
    assertThat(await(cursor.move(FetchDirection.NEXT))).isEqualTo(1);
    assertThat(await(cursor.move(FetchDirection.LAST))).isEqualTo(1);
    assertThat(await(cursor.move(FetchDirection.FIRST))).isEqualTo(1);
    assertThat(await(cursor.move(FetchDirection.PRIOR))).isZero();
    assertThat(await(cursor.move(FetchDirection.RELATIVE, 4))).isEqualTo(1);
    assertThat(await(cursor.move(FetchDirection.FORWARD_ALL))).isEqualTo(6);
    assertThat(await(cursor.move(FetchDirection.ALL))).isZero();
    await(cursor.close());
    await(tx.commit());
  }

  @Test
  void aNoScrollCursorRefusesToGoBack() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    NamedCursor cursor =
        await(connection.declareCursor("forward_only", TEN, new CursorOptions().setScroll(false)));
    assertThat(fetch(cursor, FetchDirection.FORWARD, 3)).containsExactly(1, 2, 3);
    Throwable back = failure(cursor.fetch(FetchDirection.PRIOR));
    assertThat(((PgException) back).sqlState()).isEqualTo("55000");
    assertThat(back).hasMessageContaining("cursor can only scan forward");
    await(tx.rollback());
  }

  @Test
  void aCursorWithHoldOutlivesItsTransactionAndNeedsNone() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    NamedCursor held =
        await(
            connection.declareCursor(
                "held", TEN, new CursorOptions().setWithHold(true).setScroll(true)));
    assertThat(fetch(held, FetchDirection.NEXT)).containsExactly(1);
    await(tx.commit());
    assertThat(fetch(held, FetchDirection.NEXT)).containsExactly(2);
    assertThat(fetch(held, FetchDirection.LAST)).containsExactly(10);
    await(held.close());
    assertThat(((PgException) failure(held.fetch(FetchDirection.NEXT))).sqlState())
        .isEqualTo("34000");

    NamedCursor outside =
        await(connection.declareCursor("outside", TEN, new CursorOptions().setWithHold(true)));
    assertThat(fetch(outside, FetchDirection.FORWARD, 2)).containsExactly(1, 2);
    await(outside.close());
  }

  @Test
  void aCursorWithoutHoldOutsideATransactionIsRefusedClientSide() {
    PgConnection connection = connect();
    Throwable refused = failure(connection.declareCursor("lonely", TEN, new CursorOptions()));
    assertThat(refused)
        .isInstanceOf(PgInvalidTransactionStateException.class)
        .hasMessage(
            "cursor \"lonely\" is declared WITHOUT HOLD, so it needs an open transaction, and"
                + " none is: begin() one first, or declare the cursor WITH HOLD");
    assertThat(((PgException) refused).sqlState()).isEqualTo("25P01");
    // A transaction begun with a BEGIN query counts.
    await(connection.query("BEGIN").execute());
    NamedCursor cursor = await(connection.declareCursor("lonely", TEN, new CursorOptions()));
    assertThat(fetch(cursor, FetchDirection.NEXT)).containsExactly(1);
    await(connection.query("COMMIT").execute());
  }

  @Test
  void namesAreQuotedAsIdentifiersAndParametersAreBound() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    String odd = "My \"odd\"; DROP TABLE x; --";
    NamedCursor cursor =
        await(
            connection.declareCursor(
                odd,
                "SELECT i FROM generate_series(1, $1) AS s(i) WHERE i > $2",
                Tuple.of(5, 2),
                new CursorOptions()));
    assertThat(fetch(cursor, FetchDirection.ALL)).containsExactly(3, 4, 5);
    assertThat(
            await(connection.query("SELECT name FROM pg_cursors").execute())
                .iterator()
                .next()
                .getString(0))
        .isEqualTo(odd);
    await(cursor.close());
    assertThat(failure(connection.declareCursor("", TEN, new CursorOptions())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cursor name must not be empty");
    assertThat(failure(connection.declareCursor("x".repeat(64), TEN, new CursorOptions())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("is 64 bytes long; PostgreSQL names hold at most 63");
    await(tx.commit());
  }

  @Test
  void aDirectionUsedWithTheWrongArityIsRefused() {
    PgConnection connection = connect();
    Transaction tx = await(connection.begin());
    NamedCursor cursor = await(connection.declareCursor("c", TEN, new CursorOptions()));
    assertThat(failure(cursor.fetch(FetchDirection.FORWARD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FORWARD needs a count: use the method that takes one");
    assertThat(failure(cursor.move(FetchDirection.NEXT, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NEXT takes no count: use the method without one");
    await(tx.rollback());
  }

  private static List<Integer> fetch(NamedCursor cursor, FetchDirection direction) {
    return ids(await(cursor.fetch(direction)));
  }

  private static List<Integer> fetch(NamedCursor cursor, FetchDirection direction, long count) {
    return ids(await(cursor.fetch(direction, count)));
  }

  private static List<Integer> ids(RowSet<Row> rows) {
    List<Integer> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.getInteger(0)));
    return ids;
  }
}
