package io.pgloop;

import static io.pgloop.test.TypeRoundTrip.SHORTEST_FLOATS;
import static io.pgloop.test.TypeRoundTrip.all;
import static io.pgloop.test.TypeRoundTrip.of;

import io.pgloop.data.Box;
import io.pgloop.data.Interval;
import io.pgloop.data.Point;
import io.pgloop.data.Range;
import io.pgloop.test.PgTestBase;
import io.pgloop.test.TypeRoundTrip;
import io.pgloop.test.TypeRoundTrip.Case;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip matrix of arrays, ranges and multiranges (see {@link TypeRoundTrip}), and server
 * literals in the forms the server reads but does not write.
 */
class PgConnectionContainerRoundTripTest extends PgTestBase {

  private static final int MULTIRANGES = 140000;

  private Stream<DynamicTest> run(Stream<Case> cases) {
    return TypeRoundTrip.tests(connect(), cases.toList());
  }

  @TestFactory
  Stream<DynamicTest> arrays() {
    OffsetDateTime epoch = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    return run(
        Stream.of(
                all(
                    "int4[]",
                    new Integer[] {1, null, 3},
                    new Integer[][] {{1, 2}, {3, 4}},
                    new Integer[][][] {{{1}, {null}}, {{Integer.MIN_VALUE}, {Integer.MAX_VALUE}}},
                    new Integer[0],
                    new Integer[] {null},
                    null),
                all(
                    "text[]",
                    new String[] {
                      "a,b",
                      "\"q\"",
                      "back\\slash",
                      "NULL",
                      null,
                      "",
                      " pad ",
                      "{x}",
                      "\ud83d\ude00"
                    },
                    new String[][] {{"a"}, {"b"}}),
                all("int8[]", (Object) new Long[] {Long.MIN_VALUE, 0L, Long.MAX_VALUE}),
                all("bool[]", (Object) new Boolean[] {true, false, null}),
                all(
                    "numeric[]",
                    (Object)
                        new Number[] {new BigDecimal("1.50"), Double.NaN, new BigDecimal("-1")}),
                all("uuid[]", (Object) new UUID[] {new UUID(0, 1), null}),
                all(
                    "date[]",
                    (Object)
                        new LocalDate[] {LocalDate.of(-4712, 1, 1), LocalDate.MAX, LocalDate.MIN}),
                all("timestamptz[]", (Object) new OffsetDateTime[] {epoch, OffsetDateTime.MAX}),
                all("interval[]", (Object) new Interval[] {new Interval(1, -2, 3), Interval.ZERO}),
                all("jsonb[]", (Object) new Object[] {new JsonObject().put("a", 1), 2})
                    .map(c -> c.exactTextSince(TypeRoundTrip.NORMALISED)),
                all("float8[]", (Object) new Double[] {Double.NaN, -0.0, 0.1, Double.MIN_VALUE})
                    .map(c -> c.exactTextSince(SHORTEST_FLOATS)),
                // box's array delimiter is a semicolon.
                all(
                        "box[]",
                        (Object)
                            new Box[] {
                              new Box(new Point(3, 4), new Point(1, 2)),
                              new Box(new Point(1, 1), new Point(0, 0))
                            })
                    .map(c -> c.exactTextSince(SHORTEST_FLOATS)),
                all("int4range[]", (Object) new Range<?>[] {Range.closedOpen(1, 3), Range.empty()}))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> ranges() {
    OffsetDateTime epoch = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    return run(
        Stream.of(
                all(
                    "int4range",
                    Range.closedOpen(1, 10),
                    Range.empty(),
                    Range.of(null, false, 5, false),
                    Range.of(Integer.MIN_VALUE, true, null, false),
                    Range.of(null, false, null, false),
                    null),
                all("int8range", Range.closedOpen(Long.MIN_VALUE, Long.MAX_VALUE)),
                all(
                    "numrange",
                    Range.of(new BigDecimal("1.5"), false, new BigDecimal("2.50"), true),
                    Range.closed(BigDecimal.ONE, BigDecimal.ONE)),
                all(
                    "daterange",
                    Range.closedOpen(LocalDate.of(2024, 1, 1), LocalDate.MAX),
                    Range.closedOpen(LocalDate.MIN, LocalDate.of(2024, 1, 1))),
                all(
                    "tsrange",
                    Range.of(LocalDateTime.of(2000, 1, 1, 0, 0), false, LocalDateTime.MAX, false)),
                all("tstzrange", Range.closedOpen(epoch, epoch.plusNanos(1000))))
            .flatMap(s -> s));
  }

  @TestFactory
  Stream<DynamicTest> multiranges() {
    return run(
        Stream.of(
                of("int4multirange", List.of(Range.closedOpen(1, 3), Range.closedOpen(5, 7))),
                of("int4multirange", List.of()),
                of("int8multirange", List.of(Range.of(null, false, 0L, false))),
                of(
                    "nummultirange",
                    List.of(Range.of(new BigDecimal("-1.5"), false, BigDecimal.TEN, true))),
                of(
                    "datemultirange",
                    List.of(Range.closedOpen(LocalDate.of(2024, 1, 1), LocalDate.MAX))),
                of("int4multirange", null))
            .map(c -> c.since(MULTIRANGES)));
  }

  @Test
  void literalsInFormsTheServerReadsButDoesNotWrite() {
    PgConnection connection = connect();
    TypeRoundTrip.pinSettings(connection);
    // Lower bounds other than 1 are read and not kept.
    TypeRoundTrip.checkLiteral(connection, "'[0:1]={1,2}'::int4[]", new Integer[] {1, 2});
    TypeRoundTrip.checkLiteral(
        connection, "'[-1:0][5:6]={{1,2},{3,4}}'::int4[]", new Integer[][] {{1, 2}, {3, 4}});
    TypeRoundTrip.checkLiteral(connection, "'{}'::text[]", new String[0]);
    TypeRoundTrip.checkLiteral(connection, "'(1,5]'::int4range", Range.closedOpen(2, 6));
    TypeRoundTrip.checkLiteral(connection, "' 2024-02-29 '::date", LocalDate.of(2024, 2, 29));
    TypeRoundTrip.checkLiteral(connection, "'-infinity'::timestamp", LocalDateTime.MIN);
    TypeRoundTrip.checkLiteral(connection, "'nan'::numeric", Double.NaN);
    TypeRoundTrip.checkLiteral(connection, "'1e3'::numeric", new BigDecimal("1000"));
    TypeRoundTrip.checkLiteral(connection, "'-inf'::float8", Double.NEGATIVE_INFINITY);
    TypeRoundTrip.checkLiteral(
        connection, "'1 day -00:00:01'::interval", new Interval(0, 1, -1_000_000));
    TypeRoundTrip.checkLiteral(
        connection,
        "'2024-02-29 12:00+05:30'::timestamptz",
        OffsetDateTime.of(2024, 2, 29, 6, 30, 0, 0, ZoneOffset.UTC));
  }
}
