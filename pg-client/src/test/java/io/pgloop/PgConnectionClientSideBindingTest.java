package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.BitString;
import io.pgloop.data.Interval;
import io.pgloop.data.Point;
import io.pgloop.data.Range;
import io.pgloop.test.PgTestBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Client-side binding against the server: injection cases, quoting of every type, the option. */
class PgConnectionClientSideBindingTest extends PgTestBase {

  private static Row first(RowSet<Row> rows) {
    return rows.iterator().next();
  }

  @Test
  void aNegativeNumberAfterAMinusSignStaysANumber() {
    PgConnection connection = connect();
    // pgjdbc's CVE-2024-1597: "SELECT -?, ?" rendered as "SELECT --1, '...'" made a comment.
    Row row =
        first(await(connection.query("SELECT -$1, $2").execute(Tuple.of(-1, "\nWHERE false --"))));
    assertThat(row.getInteger(0)).isEqualTo(1);
    assertThat(row.getString(1)).isEqualTo("\nWHERE false --");
    Row longs = first(await(connection.query("SELECT 5-$1").execute(Tuple.of(-2L))));
    assertThat(longs.getLong(0)).isEqualTo(7L);
  }

  @Test
  void placeholdersInLiteralsIdentifiersAndCommentsAreLeftAlone() {
    PgConnection connection = connect();
    Row row =
        first(
            await(
                connection
                    .query(
                        "SELECT $1 AS \"$1\", '$1' AS s, E'\\'$1' AS e, $$ $1 $$ AS d,"
                            + " $t$ $1 $t$ AS t /* $1 */ -- $1\n , $2 AS last")
                    .execute(Tuple.of("one", "two"))));
    assertThat(row.getString("$1")).isEqualTo("one");
    assertThat(row.getString("s")).isEqualTo("$1");
    assertThat(row.getString("e")).isEqualTo("'$1");
    assertThat(row.getString("d")).isEqualTo(" $1 ");
    assertThat(row.getString("t")).isEqualTo(" $1 ");
    assertThat(row.getString("last")).isEqualTo("two");
  }

  @Test
  void stringsReadBackTheSameWhateverStandardConformingStrings() {
    PgConnection connection = connect();
    String tricky = "it's \\' a \\\\ \"quoted\" 'é' 日本 😀 \n\t -- /* $1 */ $$";
    for (String setting : List.of("on", "off")) {
      await(connection.query("SET standard_conforming_strings = " + setting).execute());
      Row row =
          first(
              await(connection.query("SELECT 'a\\q' AS plain, $1 AS v").execute(Tuple.of(tricky))));
      assertThat(row.getString("v")).as(setting).isEqualTo(tricky);
      assertThat(row.getString("plain"))
          .as(setting)
          .isEqualTo(setting.equals("on") ? "a\\q" : "aq");
    }
  }

  @Test
  void everyTypeReadsBackEqual() {
    PgConnection connection = connect();
    List<Object> values =
        List.of(
            42,
            -7L,
            (short) 3,
            1.5d,
            Double.NaN,
            -2.25f,
            new BigDecimal("-123456789.000123"),
            true,
            "text 'with' \\ quotes",
            UUID.fromString("9b2f4c3e-7a1d-4f0e-8c6b-2d3e4f5a6b7c"),
            LocalDate.of(2024, 2, 29),
            LocalTime.of(23, 59, 58, 123_456_000),
            LocalDateTime.of(1999, 12, 31, 23, 59, 59),
            Buffer.buffer(new byte[] {0, 1, '\\', '\'', (byte) 0xff}),
            new JsonObject().put("a", "it's \\ \"x\"").put("n", 1),
            new JsonArray().add(1).add("two"),
            new Interval(14, 3, 4_000_005L),
            new BitString("10110"),
            new Point(1.5, -2),
            Range.closedOpen(1, 10),
            new Integer[] {1, null, -3},
            new String[] {"a\"b", "c\\d", "it's", "NULL", "", "{x,y}"});
    List<String> mismatches = new ArrayList<>();
    for (Object value : values) {
      // String arrays are untyped, as server-side parameters are: the statement types them.
      String sql = value instanceof String[] ? "SELECT $1::text[]" : "SELECT $1";
      Row row = first(await(connection.query(sql).execute(Tuple.of(value))));
      Object back = row.get(value.getClass(), 0);
      if (!java.util.Objects.deepEquals(back, value)) {
        mismatches.add(value + " came back as " + back);
      }
    }
    OffsetDateTime instant = OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 6000, ZoneOffset.ofHours(5));
    OffsetDateTime back =
        first(await(connection.query("SELECT $1").execute(Tuple.of(instant))))
            .get(OffsetDateTime.class, 0);
    assertThat(back.toInstant()).isEqualTo(instant.toInstant());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void setAndDdlTakeParameters() {
    PgConnection connection = connect();
    await(connection.query("SET application_name = $1").execute(Tuple.of("it's mine")));
    assertThat(first(await(connection.query("SHOW application_name").execute())).getString(0))
        .isEqualTo("it's mine");
    await(
        connection
            .query("CREATE TEMP TABLE csb_t(id int4 DEFAULT $1, note text DEFAULT $2)")
            .execute(Tuple.of(9, "x'y")));
    await(connection.query("INSERT INTO csb_t DEFAULT VALUES").execute());
    Row row = first(await(connection.query("SELECT id, note FROM csb_t").execute()));
    assertThat(row.getInteger(0)).isEqualTo(9);
    assertThat(row.getString(1)).isEqualTo("x'y");
  }

  @Test
  void aMissingParameterFailsBeforeSending() {
    PgConnection connection = connect();
    assertThat(failure(connection.query("SELECT $1, $2").execute(Tuple.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the statement refers to $2, the tuple has 1 parameters");
    assertThat(first(await(connection.query("SELECT 1").execute())).getInteger(0)).isEqualTo(1);
  }

  @Test
  void theOptionMakesPreparedQueriesBindOnTheClient() {
    PgConnection connection = connect(options().setClientSideBinding(true).setPrepareThreshold(0));
    for (int i = 0; i < 3; i++) {
      Row row =
          first(
              await(connection.preparedQuery("SELECT $1::int4 + 1, $2").execute(Tuple.of(i, "x"))));
      assertThat(row.getInteger(0)).isEqualTo(i + 1);
    }
    RowSet<Row> batch =
        await(
            connection
                .preparedQuery("SELECT $1::int4 -- trailing comment")
                .executeBatch(List.of(Tuple.of(1), Tuple.of(2))));
    assertThat(first(batch).getInteger(0)).isEqualTo(1);
    assertThat(first(batch.next()).getInteger(0)).isEqualTo(2);
    // Nothing was prepared: a transaction-mode pooler could have moved us between sessions.
    assertThat(
            first(await(connection.query("SELECT count(*) FROM pg_prepared_statements").execute()))
                .getLong(0))
        .isZero();
  }

  @Test
  void poolQueriesBindOnTheClientToo() {
    PgPool pool = PgPool.pool(vertx, options(), new PgPoolOptions().setMaxSize(1));
    try {
      assertThat(first(await(pool.query("SELECT -$1").execute(Tuple.of(-4)))).getInteger(0))
          .isEqualTo(4);
    } finally {
      await(pool.close());
    }
  }

  @Test
  void theOptionHasAConnectionStringKey() {
    assertThat(
            PgConnectOptions.fromUri("postgresql://h/db?client_side_binding=true")
                .isClientSideBinding())
        .isTrue();
    assertThat(PgConnectOptions.parse("host=h client_side_binding=off").isClientSideBinding())
        .isFalse();
    assertThat(PgConnectOptions.fromUri("postgresql://h/db").isClientSideBinding()).isFalse();
    PgConnectOptions on = new PgConnectOptions().setClientSideBinding(true);
    assertThat(PgConnectOptions.fromUri(on.toUri()).isClientSideBinding()).isTrue();
    assertThatThrownBy(
            () -> PgConnectOptions.fromUri("postgresql://h/db?client_side_binding=maybe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid client_side_binding value: \"maybe\" (allowed: true, false)");
  }
}
