package io.pgloop.impl.result;

import static io.pgloop.impl.result.DataRows.binary;
import static io.pgloop.impl.result.DataRows.row;
import static io.pgloop.impl.result.DataRows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.pgloop.ColumnDescriptor;
import io.pgloop.Row;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.backend.DataRow;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The primitive accessors of a row ({@code intValue}, {@code longValue}, {@code doubleValue},
 * {@code booleanValue}), and the allocation of decoding fixed-width columns: nothing beyond the
 * values themselves.
 */
class RowPrimitiveAccessorsTest {

  private static final CodecRegistry REG = CodecRegistry.builtIns();

  private static final ColumnDescriptor[] COLUMNS = {
    binary("i4", 23),
    binary("i8", 20),
    binary("f8", 701),
    binary("b", 16),
    binary("d", 1082),
    binary("ts", 1114),
    text("t4", 23),
    text("tb", 16),
    binary("i2", 21),
    binary("f4", 700),
    binary("nothing", 23)
  };

  private static DataRow payload(int i) {
    return row(
        Unpooled.buffer(4).writeInt(i).array(),
        Unpooled.buffer(8).writeLong(1L << 40 | i).array(),
        Unpooled.buffer(8).writeDouble(i + 0.5).array(),
        new byte[] {(byte) (i & 1)},
        Unpooled.buffer(4).writeInt(i).array(),
        Unpooled.buffer(8).writeLong(i * 1_000_000L).array(),
        Integer.toString(-i),
        "t",
        Unpooled.buffer(2).writeShort(7).array(),
        Unpooled.buffer(4).writeFloat(1.5f).array(),
        null);
  }

  private static Row rowOf(int i) {
    return new RowImpl(new RowDesc(COLUMNS, REG), payload(i));
  }

  @Test
  void readPrimitivesStraightFromTheBytes() {
    Row row = rowOf(123456);
    assertThat(row.intValue(0)).isEqualTo(123456);
    assertThat(row.longValue("i4")).isEqualTo(123456L);
    assertThat(row.longValue(1)).isEqualTo(1L << 40 | 123456);
    assertThat(row.doubleValue(2)).isEqualTo(123456.5);
    assertThat(row.booleanValue(3)).isFalse();
    assertThat(row.intValue(6)).isEqualTo(-123456);
    assertThat(row.booleanValue("tb")).isTrue();
    assertThat(row.intValue(8)).isEqualTo(7);
    assertThat(row.doubleValue(9)).isEqualTo(1.5);
    // Other columns convert as get(Class) does.
    assertThat(row.doubleValue(0)).isEqualTo(123456.0);
  }

  @Test
  void nullAndOutOfRangeAreErrorsNamingTheColumn() {
    Row row = rowOf(1);
    assertThatThrownBy(() -> row.intValue(10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("column 10 (\"nothing\", int4) is NULL");
    assertThatThrownBy(() -> row.intValue("i8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 1 (\"i8\", int8): value 1099511627777 does not fit java.lang.Integer");
  }

  @Test
  void fixedWidthColumnsDecodeWithoutAllocatingBeyondTheirValues() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int count = 20_000;
    Row[] rows = new Row[count];
    for (int i = 0; i < count; i++) {
      rows[i] = rowOf(i);
      // The first read finds the columns' offsets: once per row, not per value.
      rows[i].isNull(0);
    }
    long sink = 0;
    // Warm up, so that the measured pass runs compiled code.
    for (int pass = 0; pass < 5; pass++) {
      sink += readPrimitives(rows) + readTemporals(rows);
    }
    long thread = Thread.currentThread().getId();

    long before = threads.getThreadAllocatedBytes(thread);
    sink += readPrimitives(rows);
    long primitives = threads.getThreadAllocatedBytes(thread) - before;

    before = threads.getThreadAllocatedBytes(thread);
    sink += readTemporals(rows);
    long temporals = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(sink).isNotZero();
    // Six int, long, double and boolean columns per row: no allocation per value at all (a few
    // hundred bytes of slack for the measurement itself).
    assertThat(primitives)
        .as("bytes allocated reading %d rows of primitives", count)
        .isLessThan(1024);
    // A LocalDate is one object of 24 bytes; a LocalDateTime three (itself, its date and time):
    // 96 bytes a row is the values themselves, with nothing else.
    assertThat(temporals / count)
        .as("bytes allocated per row of a date and a timestamp")
        .isLessThanOrEqualTo(96);
  }

  private static long readPrimitives(Row[] rows) {
    long sum = 0;
    for (Row row : rows) {
      sum += row.intValue(0);
      sum += row.longValue(1);
      sum += (long) row.doubleValue(2);
      sum += row.booleanValue(3) ? 1 : 0;
      sum += row.intValue(6);
      sum += row.booleanValue(7) ? 1 : 0;
    }
    return sum;
  }

  private static long readTemporals(Row[] rows) {
    long sum = 0;
    for (Row row : rows) {
      LocalDate date = row.getLocalDate(4);
      LocalDateTime timestamp = row.getLocalDateTime(5);
      sum += date.getDayOfMonth() + timestamp.getSecond();
    }
    return sum;
  }
}
