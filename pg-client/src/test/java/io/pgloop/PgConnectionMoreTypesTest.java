package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.BitString;
import io.pgloop.data.Box;
import io.pgloop.data.Circle;
import io.pgloop.data.Inet;
import io.pgloop.data.Line;
import io.pgloop.data.LineSegment;
import io.pgloop.data.Path;
import io.pgloop.data.Point;
import io.pgloop.data.Polygon;
import io.pgloop.test.PgTestBase;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Network, geometric, bit string, money and text-form types through the server. */
class PgConnectionMoreTypesTest extends PgTestBase {

  private static Row[] twice(PgConnection connection, String sql, Tuple parameters) {
    Row[] rows = new Row[2];
    for (int run = 0; run < 2; run++) {
      rows[run] = await(connection.preparedQuery(sql).execute(parameters)).iterator().next();
    }
    return rows;
  }

  @Test
  void valuesRoundTripAsParametersAndResults() throws Exception {
    PgConnection connection = connect();
    Point a = new Point(1.5, -2);
    Point b = new Point(0, 1e-5);
    Object[] values = {
      new Inet(InetAddress.getByName("192.168.0.1"), 24),
      Inet.host(InetAddress.getByName("2001:db8::1")),
      new Inet(InetAddress.getByName("10.0.0.0"), 8),
      a,
      new LineSegment(a, b),
      new Box(new Point(3, 4), new Point(1, 2)),
      new Path(List.of(a, b), false),
      new Path(List.of(a, b, a), true),
      new Polygon(List.of(a, b, new Point(5, 5))),
      new Line(1, -1, 0.5),
      new Circle(a, 2.25),
      new BitString("1011"),
      new BitString(""),
      new Box[] {new Box(new Point(3, 4), new Point(1, 2))},
    };
    String[] casts = {
      "inet", "inet", "cidr", "point", "lseg", "box", "path", "path", "polygon", "line", "circle",
      "varbit", "varbit", "box[]"
    };
    // Before 12 the server prints floats with extra_float_digits=3 at 17 digits, not shortest.
    boolean shortestFloats = connection.serverVersionNumber() >= 120000;
    for (int i = 0; i < values.length; i++) {
      // format() uses the output function; inet's ::text cast would always add the prefix.
      String sql = "SELECT $1::" + casts[i] + ", format('%s', $1::" + casts[i] + ")";
      for (Row row : twice(connection, sql, Tuple.of(values[i]))) {
        assertThat(row.getValue(0)).as(casts[i]).isEqualTo(values[i]);
        if (shortestFloats) {
          assertThat(row.getString(0)).as(casts[i]).isEqualTo(row.getString(1));
        }
      }
    }
  }

  @Test
  void serverLiteralsDecodeInBothFormats() {
    PgConnection connection = connect();
    String sql =
        "SELECT '08:00:2b:01:02:03'::macaddr, '08:00:2b:01:02:03:04:05'::macaddr8,"
            + " 12.5::money, B'101'::bit(3), '::ffff:1.2.3.4'::inet,"
            + " 'a fat cat'::tsvector, 'pg_class'::regclass, '16/B374D848'::pg_lsn,"
            + " '<a>x</a>'::xml, '1 2'::int2vector";
    for (Row row : twice(connection, sql, Tuple.tuple())) {
      assertThat(row.getValue(0)).isEqualTo("08:00:2b:01:02:03");
      assertThat(row.getValue(1)).isEqualTo("08:00:2b:01:02:03:04:05");
      assertThat(row.getValue(2)).isEqualTo(new BigDecimal("12.50"));
      assertThat(row.getValue(3)).isEqualTo(new BitString("101"));
      assertThat(row.getString(4)).isEqualTo("::ffff:1.2.3.4");
      assertThat(row.getValue(5).toString()).isEqualTo("'a' 'cat' 'fat'");
      assertThat(row.getValue(6)).isEqualTo("pg_class");
      assertThat(row.getValue(7)).isEqualTo("16/B374D848");
      assertThat(row.getValue(8)).isEqualTo("<a>x</a>");
      assertThat(row.getValue(9)).isEqualTo("1 2");
    }
    if (connection.serverVersionNumber() >= 120000) {
      for (Row row : twice(connection, "SELECT '$.a'::jsonpath", Tuple.tuple())) {
        assertThat(row.getValue(0)).isEqualTo("$.\"a\"");
      }
    }
  }

  @Test
  void moneyAndMacAddressesBindWhenTheTypeIsDeclaredInSql() {
    PgConnection connection = connect();
    Row row =
        twice(
            connection,
            "SELECT $1::numeric::money, $2::macaddr",
            Tuple.of(new BigDecimal("-3.50"), "08-00-2b-01-02-03"))[1];
    assertThat(row.getValue(0)).isEqualTo(new BigDecimal("-3.50"));
    assertThat(row.getValue(1)).isEqualTo("08:00:2b:01:02:03");
  }
}
