package io.pgloop;

import static io.pgloop.test.TypeRoundTrip.NORMALISED;
import static io.pgloop.test.TypeRoundTrip.SHORTEST_FLOATS;
import static io.pgloop.test.TypeRoundTrip.all;
import static io.pgloop.test.TypeRoundTrip.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.BitString;
import io.pgloop.data.Box;
import io.pgloop.data.Circle;
import io.pgloop.data.Inet;
import io.pgloop.data.Interval;
import io.pgloop.data.Line;
import io.pgloop.data.LineSegment;
import io.pgloop.data.Path;
import io.pgloop.data.PgValue;
import io.pgloop.data.Point;
import io.pgloop.data.Polygon;
import io.pgloop.data.TsQuery;
import io.pgloop.data.TsVector;
import io.pgloop.data.TsVector.Lexeme;
import io.pgloop.data.TsVector.Position;
import io.pgloop.test.PgTestBase;
import io.pgloop.test.TypeRoundTrip;
import io.pgloop.test.TypeRoundTrip.Case;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip matrix of the built-in scalar types (see {@link TypeRoundTrip} for the three
 * checks): for each type, edge values and NULL. Containers are in {@link
 * PgConnectionContainerRoundTripTest}.
 */
class PgConnectionTypeRoundTripTest extends PgTestBase {

  private static final String UNICODE = "caf\u00e9 \u4e2d \ud83d\ude00 \ud834\udd1e";

  private Stream<DynamicTest> run(Stream<Case> cases) {
    return TypeRoundTrip.tests(connect(), cases.toList());
  }

  @TestFactory
  Stream<DynamicTest> booleansAndIntegers() {
    return run(
        Stream.of(
                all("bool", true, false, null),
                all("int2", (short) 0, (short) -1, Short.MIN_VALUE, Short.MAX_VALUE, null),
                all("int4", 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, null),
                all("int8", 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, null),
                all("oid", 0L, 4294967295L, null))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> floatsAndNumeric() {
    return run(
        Stream.of(
                all(
                        "float4",
                        0f,
                        -0f,
                        1.5f,
                        0.1f,
                        -Float.MAX_VALUE,
                        Float.MIN_VALUE,
                        Float.NaN,
                        Float.POSITIVE_INFINITY,
                        Float.NEGATIVE_INFINITY,
                        null)
                    .map(c -> c.exactTextSince(SHORTEST_FLOATS)),
                all(
                        "float8",
                        0.0,
                        -0.0,
                        0.1,
                        -1234567.125,
                        1e300,
                        Double.MAX_VALUE,
                        Double.MIN_VALUE,
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        null)
                    .map(c -> c.exactTextSince(SHORTEST_FLOATS)),
                all(
                    "numeric",
                    BigDecimal.ZERO,
                    new BigDecimal("-1.50"),
                    new BigDecimal("0.000000001"),
                    new BigDecimal("100000000000000000000"),
                    new BigDecimal("123456789012345678901234567890.123456789012345678901234567890"),
                    new BigDecimal("-" + "9".repeat(1000)),
                    Double.NaN,
                    null),
                Stream.of(
                    of("numeric", Double.POSITIVE_INFINITY).since(140000),
                    of("numeric", Double.NEGATIVE_INFINITY).since(140000)),
                // The server writes money with lc_monetary's currency symbol.
                all("money", new BigDecimal("12.34"), new BigDecimal("-92233720368547758.08"), null)
                    .map(c -> c.exactTextSince(NORMALISED)))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> textsBytesAndUuids() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    String quotes = "it's \"quoted\", back\\slash {x} (y)";
    return run(
        Stream.of(
                all("text", "", "plain", UNICODE, quotes, "x".repeat(100_000), null),
                all("varchar", "", UNICODE, null),
                all("bpchar", "abc", UNICODE, null),
                all("name", "pg_class", UNICODE, null),
                all("\"char\"", "r", "", null),
                all(
                    "bytea",
                    Buffer.buffer(),
                    Buffer.buffer(everyByte),
                    Buffer.buffer(new byte[100_000]),
                    null),
                all(
                    "uuid",
                    new UUID(0, 0),
                    new UUID(-1, -1),
                    UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
                    null))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> json() {
    JsonObject object =
        new JsonObject().put("a", 1).put("b", new JsonArray().add(true).addNull().add(UNICODE));
    return run(
        Stream.of(
                all("json", object, new JsonArray(), new JsonObject(), 12, null),
                // jsonb has its own spacing and key order.
                all("jsonb", object, new JsonArray().add(1.5), new JsonObject(), 12, null)
                    .map(c -> c.exactTextSince(NORMALISED)))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> datesAndTimes() {
    ZoneOffset utc = ZoneOffset.UTC;
    return run(
        Stream.of(
                all(
                    "date",
                    LocalDate.of(2024, 2, 29),
                    LocalDate.of(2000, 1, 1),
                    LocalDate.of(1, 1, 1),
                    LocalDate.of(0, 12, 31),
                    LocalDate.of(-4712, 1, 1),
                    LocalDate.of(5874897, 12, 31),
                    LocalDate.MAX,
                    LocalDate.MIN,
                    null),
                all(
                    "time",
                    LocalTime.MIDNIGHT,
                    LocalTime.of(23, 59, 59, 999_999_000),
                    LocalTime.of(12, 34, 56, 500_000_000),
                    null),
                all(
                    "timetz",
                    OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                    OffsetTime.of(0, 0, 0, 1000, ZoneOffset.ofHours(-14)),
                    OffsetTime.of(23, 59, 59, 0, utc),
                    null),
                all(
                    "timestamp",
                    LocalDateTime.of(2000, 1, 1, 0, 0),
                    LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000),
                    LocalDateTime.of(1970, 1, 1, 0, 0),
                    LocalDateTime.of(-4712, 11, 24, 0, 0),
                    LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000),
                    LocalDateTime.MAX,
                    LocalDateTime.MIN,
                    null),
                all(
                    "timestamptz",
                    OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, utc),
                    OffsetDateTime.of(2024, 2, 29, 12, 30, 0, 123_456_000, utc),
                    OffsetDateTime.of(-4712, 11, 24, 0, 0, 0, 0, utc),
                    OffsetDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000, utc),
                    OffsetDateTime.MAX,
                    OffsetDateTime.MIN,
                    null),
                all(
                    "interval",
                    Interval.ZERO,
                    new Interval(14, 3, 4 * 3_600_000_000L + 5_000_000 + 600_000),
                    new Interval(-1, -2, -3),
                    new Interval(0, 0, 1),
                    new Interval(Integer.MAX_VALUE - 1, 0, 0),
                    null),
                Stream.of(
                    of(
                            "interval",
                            new Interval(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE))
                        .since(170000),
                    of(
                            "interval",
                            new Interval(Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE))
                        .since(170000)))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> networkAndBits() throws Exception {
    return run(
        Stream.of(
                all(
                    "inet",
                    Inet.host(InetAddress.getByName("192.168.0.1")),
                    new Inet(InetAddress.getByName("10.1.0.0"), 16),
                    Inet.host(InetAddress.getByName("2001:db8::1")),
                    null),
                all("cidr", new Inet(InetAddress.getByName("10.0.0.0"), 8), null),
                all("macaddr", "08:00:2b:01:02:03", null),
                all("macaddr8", "08:00:2b:01:02:03:04:05", null),
                all("bit", new BitString("1"), null),
                all("varbit", new BitString(""), new BitString("1".repeat(1000)), null))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> geometry() {
    Point a = new Point(1.5, -2);
    Point b = new Point(0, 1e-5);
    return run(
        Stream.of(
                all("point", a, new Point(Double.NaN, Double.POSITIVE_INFINITY), null),
                all("line", new Line(1, -1, 0.5), null),
                all("lseg", new LineSegment(a, b), null),
                all("box", new Box(new Point(3, 4), new Point(1, 2)), null),
                all("path", new Path(List.of(a, b), false), new Path(List.of(a, b, a), true), null),
                all("polygon", new Polygon(List.of(a, b, new Point(5, 5))), null),
                all("circle", new Circle(a, 2.25), null))
            .flatMap(s -> s)
            .map(c -> c.exactTextSince(SHORTEST_FLOATS)));
  }

  @TestFactory
  Stream<DynamicTest> textFormTypes() {
    return run(
        Stream.of(
                all("xml", "<a>" + UNICODE + "</a>", null),
                all("pg_lsn", "16/B374D848", "0/0", "FFFFFFFF/FFFFFFFF", null),
                all("xid", "0", "4294967295", null),
                all("cid", "7", null),
                all("tid", "(0,1)", "(4294967295,65535)", null),
                all("regclass", "pg_class", null),
                all("regtype", "integer", null),
                all("regproc", "now", null),
                all("regnamespace", "pg_catalog", null),
                all("int2vector", "1 2", null),
                all("oidvector", "23 25", null),
                Stream.of(of("jsonpath", "$.\"a\"[*]").since(120000)),
                Stream.of(of("xid8", "18446744073709551615").since(130000)))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> textSearch() {
    List<Position> weights =
        List.of(
            new Position(1, 'A'),
            new Position(2, 'B'),
            new Position(3, 'C'),
            new Position(16383, 'D'));
    return run(
        Stream.of(
                all(
                    "tsvector",
                    TsVector.EMPTY,
                    TsVector.of(
                        Lexeme.of("a"),
                        new Lexeme("b", List.of(new Position(1, 'A'), new Position(3, 'D')))),
                    TsVector.of(new Lexeme("w", weights)),
                    TsVector.of(
                        Lexeme.of("a\\b", 7),
                        Lexeme.of("caf\u00e9\ud83d\ude00", 2),
                        Lexeme.of("it's a \"quote\"")),
                    null),
                all(
                    "tsquery",
                    new TsQuery("'a' & !'b' | 'c':*"),
                    new TsQuery("'a':*AD <-> 'b'"),
                    new TsQuery("( 'a' | 'b' ) & 'c'"),
                    new TsQuery("'a' <2> ( 'b' <-> 'c' )"),
                    new TsQuery("!( 'a' & 'b' )"),
                    new TsQuery("'it''s \\\\ \"q\" \ud83d\ude00'"),
                    null))
            .flatMap(s -> s));
  }

  @Test
  void emptyTextSearchQueryDecodesInBothFormats() {
    PgConnection connection = connect();
    TypeRoundTrip.checkLiteral(connection, "''::tsquery", new TsQuery(""));
    TypeRoundTrip.checkLiteral(connection, "''::tsvector", TsVector.EMPTY);
  }

  /** The server reads no empty tsquery in binary: bound, it travels as text. */
  @Test
  void emptyTextSearchQueryBindsAsAParameter() {
    PgConnection connection = connect();
    String sql = "SELECT $1::tsquery = ''::tsquery, $1::tsquery";
    for (Object empty : List.of(new TsQuery(""), PgValue.of("tsquery", new TsQuery("")))) {
      Row described =
          await(connection.preparedQuery(sql).execute(Tuple.of(empty))).iterator().next();
      assertThat(described.getBoolean(0)).as("%s", empty).isTrue();
      assertThat(described.getValue(1)).isEqualTo(new TsQuery(""));
    }
    Row declared =
        await(connection.preparedQuery("SELECT numnode($1::tsquery)").execute(Tuple.of("")))
            .iterator()
            .next();
    assertThat(declared.getInteger(0)).isZero();
  }

  /** Without a PgValue or a cast, a TsVector or TsQuery binds as its own type. */
  @Test
  void textSearchValuesBindAsTheirTypes() {
    PgConnection connection = connect();
    TsVector vector = TsVector.of(Lexeme.of("cat", 2), Lexeme.of("fat", 1));
    TsQuery query = new TsQuery("'fat' & 'cat'");
    Row row =
        await(
                connection
                    .preparedQuery("SELECT $1 @@ $2, pg_typeof($1)::text, pg_typeof($2)::text")
                    .execute(Tuple.of(vector, query)))
            .iterator()
            .next();
    assertThat(row.getBoolean(0)).isTrue();
    assertThat(row.getString(1)).isEqualTo("tsvector");
    assertThat(row.getString(2)).isEqualTo("tsquery");
  }
}
