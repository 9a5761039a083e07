package io.pgloop.impl.result;

import static io.pgloop.impl.result.DataRows.binary;
import static io.pgloop.impl.result.DataRows.row;
import static io.pgloop.impl.result.DataRows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.Row;
import io.pgloop.data.Interval;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.DataRow;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowImplTest {

  private static final CodecRegistry REG = CodecRegistry.builtIns();

  private static Row rowOf(ColumnDescriptor[] columns, DataRow row) {
    return new RowImpl(new RowDesc(columns, REG), row);
  }

  private final Row row =
      rowOf(
          new ColumnDescriptor[] {
            binary("id", 23),
            text("Name", 25),
            binary("n", 20),
            text("born", 1082),
            binary("data", 3802),
            text("missing", 25)
          },
          row(
              new byte[] {0, 0, 0, 42},
              "Zo\u00eb",
              new byte[] {0, 0, 0, 0, (byte) 0xb2, (byte) 0xd0, 0x5e, 0},
              "0044-03-15 BC",
              "\u0001{\"a\": 1}",
              null));

  @Test
  void readsByIndexAndName() {
    assertThat(row.size()).isEqualTo(6);
    assertThat(row.getInteger(0)).isEqualTo(42);
    assertThat(row.getValue("id")).isEqualTo(42);
    assertThat(row.getString("Name")).isEqualTo("Zo\u00eb");
    assertThat(row.getLong(2)).isEqualTo(3000000000L);
    assertThat(row.getBigDecimal("n")).isEqualTo(new BigDecimal(3000000000L));
    assertThat(row.getLocalDate("born")).isEqualTo(LocalDate.of(-43, 3, 15));
    assertThat(row.getJsonObject("data")).isEqualTo(new JsonObject().put("a", 1));
    assertThat(row.getJson(4)).isEqualTo(new JsonObject().put("a", 1));
    assertThat(row.getString(0)).isEqualTo("42");
    assertThat(row.get(long.class, 0)).isEqualTo(42L);
  }

  @Test
  void nullsAreNullForEveryGetter() {
    assertThat(row.isNull(5)).isTrue();
    assertThat(row.isNull("id")).isFalse();
    assertThat(row.getValue(5)).isNull();
    assertThat(row.getInteger(5)).isNull();
    assertThat(row.getUUID(5)).isNull();
    assertThat(row.getBuffer("missing")).isNull();
    assertThat(row.getInstant(5)).isNull();
  }

  @Test
  void namesMatchExactlyThenIgnoringCase() {
    Row dup =
        rowOf(
            new ColumnDescriptor[] {text("id", 25), text("ID", 25), text("Id", 25)},
            row("a", "b", "c"));
    assertThat(dup.getColumnIndex("ID")).isEqualTo(1);
    assertThat(dup.getColumnIndex("Id")).isEqualTo(2);
    assertThat(dup.getColumnIndex("iD")).isEqualTo(0);
    assertThat(row.getColumnIndex("name")).isEqualTo(1);
    assertThat(row.getColumnIndex("nope")).isEqualTo(-1);
    assertThat(row.getColumnName(1)).isEqualTo("Name");
  }

  @Test
  void unknownNamesAndIndexesAreReported() {
    assertThatThrownBy(() -> row.getInteger("foo"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no column named \"foo\" (columns: id, Name, n, born, data, missing)");
    assertThatThrownBy(() -> row.getValue(6))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("column index 6 out of range: the row has 6 columns");
    assertThatThrownBy(() -> row.getColumnName(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void conversionErrorsNameTheColumn() {
    assertThatThrownBy(() -> row.getInteger(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 2 (\"n\", int8): value 3000000000 does not fit java.lang.Integer");
    assertThatThrownBy(() -> row.getUUID("born"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "column 3 (\"born\", date): cannot decode date (java.time.LocalDate) as java.util.UUID");
  }

  @Test
  void unknownTypesComeBackAsTextOrBytes() {
    Row r =
        rowOf(
            new ColumnDescriptor[] {text("h", 16384), binary("b", 16384)},
            row("a=>1", new byte[] {1, 2}));
    assertThat(r.getValue(0)).isEqualTo("a=>1");
    assertThat(r.getValue(1)).isEqualTo(Buffer.buffer(new byte[] {1, 2}));
    assertThat(r.getString(1)).isEqualTo("\\x0102");
    assertThatThrownBy(() -> r.getInteger(0))
        .hasMessage(
            "column 0 (\"h\", type OID 16384): cannot decode unregistered (java.lang.String)"
                + " as java.lang.Integer");
  }

  @Test
  void malformedValuesNameTheColumn() {
    Row r = rowOf(new ColumnDescriptor[] {text("u", 2950)}, row("zzz"));
    assertThatThrownBy(() -> r.getValue(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 0 (\"u\", uuid): invalid uuid value: \"zzz\"");
    assertThat(r.getString(0)).isEqualTo("zzz");
  }

  @Test
  void columnsReadInAnyOrderAreTheRightOnes() {
    // Narrow rows walk from the last column read, wide ones keep an array of offsets: both must
    // find a column read after a later one, and again.
    for (int width : new int[] {3, RowImpl.WALK_LIMIT, RowImpl.WALK_LIMIT + 1, 40}) {
      ColumnDescriptor[] columns = new ColumnDescriptor[width];
      Object[] values = new Object[width];
      for (int i = 0; i < width; i++) {
        columns[i] = text("c" + i, 25);
        values[i] = i % 5 == 4 ? null : "v" + "x".repeat(i) + i;
      }
      Row r = rowOf(columns, row(values));
      int[] order = new int[width * 3];
      for (int i = 0; i < width; i++) {
        order[i] = width - 1 - i;
        order[width + i] = i;
        order[2 * width + i] = (i * 7) % width;
      }
      for (int i : order) {
        assertThat(r.getString(i)).as("width %d, column %d", width, i).isEqualTo(values[i]);
        assertThat(r.getString("c" + i)).isEqualTo(values[i]);
      }
    }
  }

  @Test
  void aPayloadThatDisagreesWithTheDescriptionFails() {
    Row r = rowOf(new ColumnDescriptor[] {text("a", 25), text("b", 25)}, row("x"));
    assertThatThrownBy(() -> r.getValue(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("DataRow has 1 columns, RowDescription 2");
    DataRow whole = row("abc");
    // The bytes after the cut are the next row's: the row must stop at its end, not read on.
    DataRow cut = new DataRow(whole.buffer(), whole.start(), whole.start() + 7);
    Row truncated = rowOf(new ColumnDescriptor[] {text("a", 25)}, cut);
    assertThatThrownBy(() -> truncated.getValue(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("DataRow ends inside the value of column 0");
  }

  @Test
  void readsItsOwnRangeOfASharedBufferWithoutMovingItsIndexes() {
    DataRow row = row("7");
    ByteBuf shared = row.buffer();
    assertThat(row.start()).isPositive();
    assertThat(row.end()).isLessThan(shared.writerIndex());

    Row r = rowOf(new ColumnDescriptor[] {text("x", 23)}, row);

    assertThat(r.getInteger(0)).isEqualTo(7);
    assertThat(shared.readerIndex()).isZero();
  }

  @Test
  void uuidFromATextColumn() {
    UUID u = UUID.randomUUID();
    Row r = rowOf(new ColumnDescriptor[] {text("u", 25)}, row(u.toString()));
    assertThat(r.getUUID(0)).isEqualTo(u);
    assertThat(r.toString()).isEqualTo("Row[u=" + u + "]");
  }

  @Test
  void everyTypedGetterReadsItsType() {
    Row r =
        rowOf(
            new ColumnDescriptor[] {
              text("b", 16),
              text("s", 21),
              text("f", 700),
              text("d", 701),
              text("t", 1083),
              text("tz", 1266),
              text("ts", 1114),
              text("tstz", 1184),
              text("arr", 114),
              text("iv", 1186),
              text("bin", 17)
            },
            row(
                "t",
                "-7",
                "1.5",
                "-2.25",
                "13:05:09.5",
                "13:05:09+02",
                "2024-02-29 13:05:09",
                "2024-02-29 13:05:09+02",
                "[1,\"x\"]",
                "1 day",
                "\\x01"));
    assertThat(r.getBoolean("b")).isTrue();
    assertThat(r.getShort("s")).isEqualTo((short) -7);
    assertThat(r.getFloat("f")).isEqualTo(1.5f);
    assertThat(r.getDouble("d")).isEqualTo(-2.25);
    assertThat(r.getDouble("f")).isEqualTo(1.5);
    assertThat(r.getLocalTime("t")).isEqualTo(LocalTime.of(13, 5, 9, 500_000_000));
    assertThat(r.getOffsetTime("tz")).isEqualTo(OffsetTime.of(13, 5, 9, 0, ZoneOffset.ofHours(2)));
    assertThat(r.getLocalDateTime("ts")).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 5, 9));
    assertThat(r.getOffsetDateTime("tstz"))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 11, 5, 9, 0, ZoneOffset.UTC));
    assertThat(r.getJsonArray("arr")).isEqualTo(new JsonArray().add(1).add("x"));
    assertThat(r.getInterval("iv")).isEqualTo(new Interval(0, 1, 0));
    assertThat(r.get(Duration.class, "iv")).isEqualTo(Duration.ofDays(1));
    assertThat(r.getBuffer("bin")).isEqualTo(Buffer.buffer(new byte[] {1}));
    assertThat(r.get(byte[].class, "bin")).containsExactly(1);
  }

  @Test
  void instantFromTimestamptz() {
    Row r = rowOf(new ColumnDescriptor[] {binary("t", 1184)}, row(new byte[8]));
    assertThat(r.getInstant(0)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
  }
}
