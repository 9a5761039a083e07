package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.PgValue;
import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Parameters bound as the types a statement declares: converted where nothing is lost, an error
 * naming the parameter where the value does not fit, and a type given by name for ambiguous values.
 */
class PgConnectionParameterTypingTest extends PgTestBase {

  private static final String UUID_TEXT = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11";

  private static Row one(PgConnection connection, String sql, Tuple parameters) {
    return await(connection.preparedQuery(sql).execute(parameters)).iterator().next();
  }

  private static Row onePrepared(PgConnection connection, String sql, Tuple parameters) {
    PreparedStatement statement = await(connection.prepare(sql));
    return await(statement.query().execute(parameters)).iterator().next();
  }

  private static void createTable(PgConnection connection) {
    await(
        connection
            .query(
                "CREATE TEMP TABLE typed (i8 int8, n numeric, f8 float8, f4 float4, i4 int4,"
                    + " ts timestamp, u uuid, d date)")
            .execute());
  }

  private static final String INSERT =
      "INSERT INTO typed VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *";

  @Test
  void aPreparedStatementConvertsValuesToTheDeclaredTypes() {
    PgConnection connection = connect();
    createTable(connection);
    Row row =
        onePrepared(
            connection,
            INSERT,
            Tuple.of(
                1,
                7,
                3,
                (short) 2,
                new BigDecimal("12.000"),
                LocalDate.of(2024, 2, 29),
                UUID_TEXT,
                "2024-02-29"));
    assertThat(row.getLong("i8")).isEqualTo(1L);
    assertThat(row.getBigDecimal("n")).isEqualTo(new BigDecimal("7"));
    assertThat(row.getDouble("f8")).isEqualTo(3.0);
    assertThat(row.getFloat("f4")).isEqualTo(2.0f);
    assertThat(row.getInteger("i4")).isEqualTo(12);
    assertThat(row.getLocalDateTime("ts")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    assertThat(row.getUUID("u")).isEqualTo(UUID.fromString(UUID_TEXT));
    assertThat(row.getLocalDate("d")).isEqualTo(LocalDate.of(2024, 2, 29));
    // Strings the server parses in its own syntaxes, beyond what Java's parsers take.
    row =
        onePrepared(
            connection, "SELECT $1::date, $2::int4, $3::bool", Tuple.of("infinity", " 42 ", "yes"));
    assertThat(row.getLocalDate(0)).isEqualTo(LocalDate.MAX);
    assertThat(row.getInteger(1)).isEqualTo(42);
    assertThat(row.getBoolean(2)).isTrue();
  }

  @Test
  void unpreparedAndAutomaticallyPreparedRunsTakeIntegersIntoWiderColumns() {
    PgConnection connection = connect(options().setPrepareThreshold(1));
    createTable(connection);
    for (int run = 0; run < 3; run++) {
      Row row =
          one(
              connection,
              "INSERT INTO typed (i8, n, f8) VALUES ($1, $2, $3) RETURNING i8, n, f8",
              Tuple.of(run, run, run));
      assertThat(row.getLong(0)).isEqualTo(run);
      assertThat(row.getBigDecimal(1)).isEqualTo(BigDecimal.valueOf(run));
      assertThat(row.getDouble(2)).isEqualTo(run);
    }
  }

  @Test
  void aValueThatDoesNotFitFailsItsQueryAloneNamingTheParameter() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT $1::int4, $2::int4"));
    Throwable failure = failure(statement.query().execute(Tuple.of(1, 1L << 40)));
    assertThat(failure)
        .isInstanceOf(ParameterEncodingException.class)
        .hasMessage(
            "parameter $2: cannot encode java.lang.Long 1099511627776 as int4: out of range");
    assertThat(((ParameterEncodingException) failure).parameterNumber()).isEqualTo(2);
    assertThat(await(statement.query().execute(Tuple.of(1, 2))).iterator().next().getInteger(1))
        .isEqualTo(2);

    assertThat(failure(statement.query().execute(Tuple.of(new BigDecimal("1.5"), 1))))
        .hasMessage("parameter $1: cannot encode java.math.BigDecimal 1.5 as int4: not an integer");
    assertThat(failure(statement.query().execute(Tuple.of(1, true))))
        .hasMessage(
            "parameter $2: cannot encode java.lang.Boolean true as int4:"
                + " no conversion from that class");
    PreparedStatement floats = await(connection.prepare("SELECT $1::float4, $2::float8"));
    assertThat(failure(floats.query().execute(Tuple.of(0.1, 1))))
        .hasMessage("parameter $1: cannot encode java.lang.Double 0.1 as float4: loses precision");
    assertThat(failure(floats.query().execute(Tuple.of(0.5, (1L << 53) + 1))))
        .hasMessage(
            "parameter $2: cannot encode java.lang.Long 9007199254740993 as float8:"
                + " loses precision");
    assertThat(one(connection, "SELECT 1", Tuple.tuple()).getInteger(0)).isEqualTo(1);
  }

  @Test
  void aFailingParameterInAPipelineLeavesTheQueriesAroundIt() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT $1::int4"));
    Future<RowSet<Row>> before = statement.query().execute(Tuple.of(1));
    Future<RowSet<Row>> bad = statement.query().execute(Tuple.of(1L << 40));
    Future<RowSet<Row>> unbindable =
        connection.preparedQuery("SELECT $1").execute(Tuple.of(URI.create("http://x")));
    Future<RowSet<Row>> after = connection.preparedQuery("SELECT $1::int8").execute(Tuple.of(3));
    assertThat(failure(bad)).isInstanceOf(ParameterEncodingException.class);
    assertThat(failure(unbindable))
        .isInstanceOf(ParameterEncodingException.class)
        .hasMessage("parameter $1: cannot bind java.net.URI: no codec accepts it");
    assertThat(await(before).iterator().next().getInteger(0)).isEqualTo(1);
    assertThat(await(after).iterator().next().getLong(0)).isEqualTo(3L);
  }

  @Test
  void aStringTheServerCannotParseFailsWithTheServersErrorAndTheConnectionGoesOn() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT $1::uuid"));
    Future<RowSet<Row>> bad = statement.query().execute(Tuple.of("abc"));
    Future<RowSet<Row>> good = statement.query().execute(Tuple.of(UUID_TEXT));
    Throwable failure = failure(bad);
    assertThat(failure).isInstanceOf(PgInvalidTextRepresentationException.class);
    assertThat(failure.getMessage()).contains("uuid").contains("abc");
    assertThat(await(good).iterator().next().getUUID(0)).isEqualTo(UUID.fromString(UUID_TEXT));
  }

  @Test
  void aPgValueGivesTheTypeByName() {
    PgConnection connection = connect();
    String sql = "SELECT pg_typeof($1)::text, $1::text";
    assertThat(one(connection, sql, Tuple.of(PgValue.of("jsonb", "{\"a\": [1, 2]}"))).getString(0))
        .isEqualTo("jsonb");
    assertThat(
            one(connection, "SELECT $1 -> 'a'", Tuple.of(PgValue.of("jsonb", "{\"a\": 1}")))
                .getValue(0))
        .isEqualTo(1);
    Row row = one(connection, sql, Tuple.of(PgValue.of("bigint", 5)));
    assertThat(row.getString(0)).isEqualTo("bigint");
    assertThat(row.getString(1)).isEqualTo("5");
    row = one(connection, sql, Tuple.of(PgValue.nullOf("int4")));
    assertThat(row.getString(0)).isEqualTo("integer");
    assertThat(row.isNull(1)).isTrue();
    assertThat(one(connection, sql, Tuple.of(PgValue.of("integer[]", List.of(1, 2)))).getString(1))
        .isEqualTo("{1,2}");
    assertThat(one(connection, sql, Tuple.of(PgValue.of("xml", "<a/>"))).getString(0))
        .isEqualTo("xml");
    assertThat(one(connection, sql, Tuple.of(PgValue.of("float8", 2))).getString(1)).isEqualTo("2");
    assertThat(failure(connection.preparedQuery(sql).execute(Tuple.of(PgValue.of("jsonbb", "1")))))
        .isInstanceOf(ParameterEncodingException.class)
        .hasMessage(
            "parameter $1: unknown type \"jsonbb\": no codec of that name is registered on the"
                + " connection");
    assertThat(one(connection, "SELECT 1", Tuple.tuple()).getInteger(0)).isEqualTo(1);
  }
}
