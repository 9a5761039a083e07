package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgloop.PgDivisionByZeroException;
import io.pgloop.PgSyntaxErrorException;
import io.pgloop.PgUniqueViolationException;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Simple and prepared queries, batches, and the errors a server sends back. */
public abstract class QueryScenarios extends ScenarioBase {

  protected QueryScenarios(FrontEnd frontEnd) {
    super(frontEnd);
  }

  @Test
  void aSimpleQueryGivesOneResultPerStatement() {
    FrontEnd.Connection connection = open();

    RowSet<Row> create =
        connection.query(
            "CREATE TEMP TABLE people(id int, name text);"
                + "INSERT INTO people VALUES (1, 'ada'), (2, NULL);"
                + "SELECT id, name FROM people ORDER BY id");

    RowSet<Row> insert = create.next();
    RowSet<Row> select = insert.next();
    assertThat(insert.rowCount()).isEqualTo(2);
    assertThat(select.columnsNames()).containsExactly("id", "name");
    assertThat(select.rowCount()).isEqualTo(2);
    List<String> names = new ArrayList<>();
    select.forEach(row -> names.add(row.getString("name")));
    assertThat(names).containsExactly("ada", null);
    assertThat(select.next()).isNull();
  }

  @Test
  void aPreparedQueryBindsAndDecodesTheCommonTypes() {
    FrontEnd.Connection connection = open();
    UUID id = UUID.fromString("6f1c2a7e-9d43-4b1e-8a52-3c0d5e7f9a10");
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 25, 9, 30, 15, 123_456_000, ZoneOffset.UTC);

    Row row =
        connection
            .preparedQuery(
                "SELECT $1::int4 AS i, $2::int8 AS l, $3::text AS t, $4::bool AS b,"
                    + " $5::numeric AS n, $6::date AS d, $7::timestamptz AS ts, $8::uuid AS u,"
                    + " $9::bytea AS bytes, $10::int4 AS missing",
                Tuple.of(
                    42,
                    1L << 40,
                    "héllo",
                    true,
                    new BigDecimal("12345.678"),
                    LocalDate.of(2026, 2, 28),
                    at,
                    id,
                    Buffer.buffer(new byte[] {0, 1, (byte) 0xff}),
                    null))
            .iterator()
            .next();

    assertThat(row.getInteger("i")).isEqualTo(42);
    assertThat(row.getLong("l")).isEqualTo(1L << 40);
    assertThat(row.getString("t")).isEqualTo("héllo");
    assertThat(row.getBoolean("b")).isTrue();
    assertThat(row.getBigDecimal("n")).isEqualTo(new BigDecimal("12345.678"));
    assertThat(row.getLocalDate("d")).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(row.getOffsetDateTime("ts").toInstant()).isEqualTo(at.toInstant());
    assertThat(row.getUUID("u")).isEqualTo(id);
    assertThat(row.getBuffer("bytes").getBytes()).containsExactly(0, 1, 0xff);
    assertThat(row.isNull("missing")).isTrue();
    assertThat(row.getInteger("missing")).isNull();
  }

  @Test
  void aBatchGivesOneResultPerTuple() {
    FrontEnd.Connection connection = open();
    connection.query("CREATE TEMP TABLE items(id int PRIMARY KEY, label text)");
    List<Tuple> batch = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      batch.add(Tuple.of(i, "item " + i));
    }

    RowSet<Row> first =
        connection.executeBatch(
            "INSERT INTO items VALUES ($1, $2) RETURNING id * 10 AS tenfold", batch);

    List<Integer> returned = new ArrayList<>();
    for (RowSet<Row> result = first; result != null; result = result.next()) {
      assertThat(result.rowCount()).isEqualTo(1);
      returned.add(result.iterator().next().getInteger("tenfold"));
    }
    assertThat(returned).containsExactly(10, 20, 30, 40, 50);
    Row stored =
        connection
            .query("SELECT count(*), string_agg(label, ',' ORDER BY id) FROM items")
            .iterator()
            .next();
    assertThat(stored.getLong(0)).isEqualTo(5);
    assertThat(stored.getString(1)).isEqualTo("item 1,item 2,item 3,item 4,item 5");
  }

  @Test
  void serverErrorsArriveAsPgExceptionsWithTheirSqlStateAndLeaveTheConnectionUsable() {
    FrontEnd.Connection connection = open();
    connection.query("CREATE TEMP TABLE keys(id int CONSTRAINT keys_pk PRIMARY KEY)");
    connection.preparedQuery("INSERT INTO keys VALUES ($1)", Tuple.of(1));

    PgSyntaxErrorException syntax =
        catchThrowableOfType(PgSyntaxErrorException.class, () -> connection.query("SELEC 1"));
    PgUniqueViolationException duplicate =
        catchThrowableOfType(
            PgUniqueViolationException.class,
            () -> connection.preparedQuery("INSERT INTO keys VALUES ($1)", Tuple.of(1)));
    PgDivisionByZeroException division =
        catchThrowableOfType(
            PgDivisionByZeroException.class,
            () -> connection.preparedQuery("SELECT 1 / $1::int4", Tuple.of(0)));

    assertThat(syntax.sqlState()).isEqualTo("42601");
    assertThat(syntax.position()).isEqualTo(1);
    assertThat(duplicate.sqlState()).isEqualTo("23505");
    assertThat(duplicate.constraint()).isEqualTo("keys_pk");
    assertThat(duplicate.detail()).isEqualTo("Key (id)=(1) already exists.");
    assertThat(division.sqlState()).isEqualTo("22012");
    assertThat(division.getMessage()).contains("division by zero");
    assertThat(connection.query("SELECT 42").iterator().next().getInteger(0)).isEqualTo(42);
  }
}
