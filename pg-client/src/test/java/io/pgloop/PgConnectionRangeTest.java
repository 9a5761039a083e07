package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.Range;
import io.pgloop.test.PgTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges and multiranges through the server, text results first, then binary. */
class PgConnectionRangeTest extends PgTestBase {

  @Test
  void rangesRoundTripAsParametersAndResults() {
    PgConnection connection = connect();
    Object[] values = {
      Range.closedOpen(1, 5),
      Range.closedOpen(Long.MIN_VALUE, null),
      Range.of(new BigDecimal("-1.5"), false, new BigDecimal("2.25"), true),
      Range.closedOpen(LocalDate.of(2024, 2, 29), LocalDate.MAX),
      Range.closedOpen(LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2000, 1, 1, 0, 0, 1)),
      Range.closed(
          OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
          OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 1000, ZoneOffset.UTC)),
      Range.empty(),
      new Range<?>[] {Range.closedOpen(1, 2), Range.empty()},
    };
    String[] casts = {
      "int4range",
      "int8range",
      "numrange",
      "daterange",
      "tsrange",
      "tstzrange",
      "int4range",
      "int4range[]"
    };
    for (int i = 0; i < values.length; i++) {
      String sql = "SELECT $1::" + casts[i] + ", $1::" + casts[i] + "::text";
      for (int run = 0; run < 2; run++) {
        Row row =
            await(connection.preparedQuery(sql).execute(Tuple.of(values[i]))).iterator().next();
        assertThat(row.getValue(0)).as(casts[i]).isEqualTo(values[i]);
        assertThat(row.getString(0)).as(casts[i]).isEqualTo(row.getString(1));
      }
    }
  }

  @Test
  void serverLiteralsIncludingNormalizedAndUnboundedRanges() {
    PgConnection connection = connect();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        connection.serverVersionNumber() >= 140000, "multiranges need PostgreSQL 14");
    String sql =
        "SELECT '[1,5]'::int4range, '(,)'::int8range, 'empty'::daterange,"
            + " '{[1,3), [5,7)}'::int4multirange, '{}'::datemultirange";
    for (int run = 0; run < 2; run++) {
      Row row = await(connection.preparedQuery(sql).execute()).iterator().next();
      assertThat(row.getValue(0)).isEqualTo(Range.closedOpen(1, 6));
      assertThat(row.getValue(1)).isEqualTo(Range.open(null, null));
      assertThat(row.getValue(2)).isEqualTo(Range.empty());
      assertThat(row.getValue(3))
          .isEqualTo(List.of(Range.closedOpen(1, 3), Range.closedOpen(5, 7)));
      assertThat(row.getValue(4)).isEqualTo(List.of());
    }
  }
}
