package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Arrays through the server: bound as parameters, read back in text (first run) and binary. */
class PgConnectionArrayTest extends PgTestBase {

  /** Runs a statement twice (text results, then binary) and returns the rows of each run. */
  private static Row[] twice(PgConnection connection, String sql, Tuple parameters) {
    Row[] rows = new Row[2];
    for (int run = 0; run < 2; run++) {
      rows[run] = await(connection.preparedQuery(sql).execute(parameters)).iterator().next();
    }
    return rows;
  }

  @Test
  void arraysOfEveryCommonTypeRoundTrip() {
    PgConnection connection = connect();
    Object[] values = {
      new Integer[] {Integer.MIN_VALUE, null, 0, Integer.MAX_VALUE},
      new Long[] {Long.MIN_VALUE, Long.MAX_VALUE},
      new Short[] {-1, null},
      new Double[] {Double.NaN, Double.NEGATIVE_INFINITY, 1.5},
      new Float[] {Float.POSITIVE_INFINITY, -0.5f},
      new Boolean[] {true, false, null},
      new String[] {"", "NULL", "a b", "q\"\\", "😀 four bytes", "x,y", "{}", null},
      new BigDecimal[] {new BigDecimal("-1.50"), new BigDecimal("1e-20")},
      new LocalDate[] {LocalDate.of(2024, 2, 29), LocalDate.MAX, LocalDate.of(-44, 3, 15)},
      new OffsetDateTime[] {OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 1000, ZoneOffset.UTC)},
      new UUID[] {new UUID(1, 2), null},
      new Buffer[] {Buffer.buffer(new byte[] {0, (byte) 0xff}), Buffer.buffer()},
      new Integer[][] {{1, 2, 3}, {4, null, 6}},
      new Long[][][] {{{1L}, {2L}}, {{3L}, {4L}}},
      new Integer[0],
    };
    String[] casts = {
      "int4[]",
      "int8[]",
      "int2[]",
      "float8[]",
      "float4[]",
      "bool[]",
      "text[]",
      "numeric[]",
      "date[]",
      "timestamptz[]",
      "uuid[]",
      "bytea[]",
      "int4[]",
      "int8[]",
      "int4[]"
    };
    for (int i = 0; i < values.length; i++) {
      String sql = "SELECT $1::" + casts[i] + ", $1::" + casts[i] + "::text";
      Row[] rows = twice(connection, sql, Tuple.of(values[i]));
      for (Row row : rows) {
        assertThat(row.get(values[i].getClass(), 0)).as(casts[i]).isEqualTo(values[i]);
        assertThat(row.getString(0)).as(casts[i]).isEqualTo(row.getString(1));
      }
    }
  }

  @Test
  void primitiveArraysAndListsBind() {
    PgConnection connection = connect();
    Row[] rows =
        twice(
            connection,
            "SELECT $1::int4[], $2::float8[], $3::int8[], $4::text[]",
            Tuple.of(
                new int[] {1, 2},
                new double[] {0.25},
                List.of(List.of(1L), List.of(2L)),
                Arrays.asList("a", null)));
    for (Row row : rows) {
      assertThat(row.get(int[].class, 0)).containsExactly(1, 2);
      assertThat(row.get(double[].class, 1)).containsExactly(0.25);
      assertThat(row.get(Long[][].class, 2)).isEqualTo(new Long[][] {{1L}, {2L}});
      assertThat(row.getArray(String.class, 3)).containsExactly("a", null);
      assertThat(row.getArray(Long.class, 0)).containsExactly(1L, 2L);
      assertThat(row.get(List.class, 0)).isEqualTo(List.of(1, 2));
    }
  }

  @Test
  void serverLiteralsDecodeInBothFormats() {
    PgConnection connection = connect();
    String sql =
        "SELECT '[0:2]={1,2,3}'::int4[], '{{1,NULL},{3,4}}'::int4[],"
            + " '{\"a b\",\"\",NULL,\"NULL\",\"q\\\"\\\\\"}'::text[], '{}'::text[],"
            + " '[-3:-2][5:5]={{7},{8}}'::int2[], ARRAY['{\"k\": 1}'::jsonb]";
    for (Row row : twice(connection, sql, Tuple.tuple())) {
      assertThat(row.getValue(0)).isEqualTo(new Integer[] {1, 2, 3});
      assertThat(row.getValue(1)).isEqualTo(new Integer[][] {{1, null}, {3, 4}});
      assertThat(row.getValue(2)).isEqualTo(new String[] {"a b", "", null, "NULL", "q\"\\"});
      assertThat(row.getValue(3)).isEqualTo(new String[0]);
      assertThat(row.getValue(4)).isEqualTo(new Short[][] {{7}, {8}});
      assertThat(row.getValue(5)).isEqualTo(new Object[] {new JsonObject().put("k", 1)});
      assertThat(row.getString(0)).isEqualTo("[0:2]={1,2,3}");
    }
  }

  @Test
  void stringArraysLetTheServerInferTheType() {
    PgConnection connection = connect();
    Row row =
        twice(
            connection,
            "SELECT $1 = ARRAY['a b', NULL]::text[], $2::uuid[]",
            Tuple.of(new String[] {"a b", null}, new String[] {new UUID(0, 7).toString()}))[1];
    assertThat(row.getBoolean(0)).isTrue();
    assertThat(row.getArray(UUID.class, 1)).containsExactly(new UUID(0, 7));
  }

  @Test
  void anElementThatDoesNotFitFailsThatQueryAlone() {
    PgConnection connection = connect();
    // The first element types the array: int4[], which a String element does not fit.
    Throwable failure =
        failure(connection.preparedQuery("SELECT $1::int4[]").execute(Tuple.of(List.of(1, "x"))));
    assertThat(failure)
        .isInstanceOf(ParameterEncodingException.class)
        .hasMessage(
            "parameter $1: _int4 element 2: cannot encode java.lang.String x as int4:"
                + " no conversion from that class");
    // A long[] binds as int8[]; the server's cast to int4[] then fails.
    failure =
        failure(
            connection
                .preparedQuery("SELECT $1::int4[]")
                .execute(Tuple.of(new long[] {1, 1L << 40})));
    assertThat(failure).isInstanceOf(PgException.class).hasMessageContaining("out of range");
    failure =
        failure(
            connection
                .preparedQuery("SELECT $1::int4[]")
                .execute(Tuple.of((Object) new Integer[][] {{1}, {2, 3}})));
    assertThat(failure)
        .hasMessage("parameter $1: array is not rectangular: dimension 2 has length 1 and 2");
    assertThat(await(connection.preparedQuery("SELECT 1").execute()).size()).isEqualTo(1);
  }
}
