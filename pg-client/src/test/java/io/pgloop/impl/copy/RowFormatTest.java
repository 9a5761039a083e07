package io.pgloop.impl.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of rows in text and binary COPY, byte for byte, without a server. */
class RowFormatTest {

  private static final CodecRegistry CODECS = CodecRegistry.builtIns();

  private static String text(RowFormat format, Tuple... rows) {
    ByteBuf out = Unpooled.buffer();
    for (Tuple row : rows) {
      format.writeRow(row, out);
    }
    format.finish(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String hex(RowFormat format, Tuple... rows) {
    ByteBuf out = Unpooled.buffer();
    for (Tuple row : rows) {
      format.writeRow(row, out);
    }
    format.finish(out);
    return ByteBufUtil.hexDump(out);
  }

  @Test
  void textSeparatesByTabsEndsWithANewlineAndWritesNullAsBackslashN() {
    RowFormat format = RowFormat.of(false, CODECS, null);
    assertThat(text(format, Tuple.of(1, "a", null, true, LocalDate.of(2024, 2, 29))))
        .isEqualTo("1\ta\t\\N\tt\t2024-02-29\n");
  }

  @Test
  void textEscapesBackslashTabNewlineAndCarriageReturnOnly() {
    RowFormat format = RowFormat.of(false, CODECS, null);
    assertThat(text(format, Tuple.of("a\\b\tc\nd\re \\N ü 日本 🎉 \"q\" ,")))
        .isEqualTo("a\\\\b\\tc\\nd\\re \\\\N ü 日本 🎉 \"q\" ,\n");
  }

  @Test
  void textOfAnArrayEscapesItsTextForm() {
    RowFormat format = RowFormat.of(false, CODECS, null);
    assertThat(text(format, Tuple.of((Object) new String[] {"x\ty", null})))
        .isEqualTo("{\"x\\ty\",NULL}\n");
  }

  @Test
  void textWithDeclaredTypesConvertsToThem() {
    RowFormat format = RowFormat.of(false, CODECS, CopyTypes.resolve(List.of("int8"), CODECS));
    assertThat(text(format, Tuple.of(7))).isEqualTo("7\n");
  }

  @Test
  void binaryWritesTheHeaderOnceEachFieldWithItsLengthAndTheTrailer() {
    RowFormat format =
        RowFormat.of(true, CODECS, CopyTypes.resolve(List.of("int4", "int8", "text"), CODECS));
    assertThat(hex(format, Tuple.of(1, 2, "hi"), Tuple.of(null, 3L, null)))
        .isEqualTo(
            // PGCOPY\n\377\r\n\0, flags 0, extension length 0
            "5047434f50590aff0d0a00"
                + "00000000"
                + "00000000"
                // 3 fields: int4 1, int8 2, text "hi"
                + "0003"
                + "00000004"
                + "00000001"
                + "00000008"
                + "0000000000000002"
                + "00000002"
                + "6869"
                // 3 fields: NULL, int8 3, NULL
                + "0003"
                + "ffffffff"
                + "00000008"
                + "0000000000000003"
                + "ffffffff"
                // trailer
                + "ffff");
  }

  @Test
  void binaryWithoutRowsWritesNothing() {
    assertThat(hex(RowFormat.of(true, CODECS, null))).isEmpty();
  }

  @Test
  void binaryTakesTheValuesOwnTypesWhenNoneAreDeclared() {
    RowFormat format = RowFormat.of(true, CODECS, null);
    ByteBuf out = Unpooled.buffer();
    format.writeRow(Tuple.of((short) 5, "é"), out);
    assertThat(ByteBufUtil.hexDump(out, 19, out.readableBytes() - 19))
        .isEqualTo("0002" + "00000002" + "0005" + "00000002" + "c3a9");
  }

  @Test
  void aFailingValueLeavesNothingOfItsRowAndNamesTheColumn() {
    RowFormat format =
        RowFormat.of(true, CODECS, CopyTypes.resolve(List.of("int4", "int4"), CODECS));
    ByteBuf out = Unpooled.buffer();
    assertThatThrownBy(() -> format.writeRow(Tuple.of(1, "two"), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 2: cannot encode java.lang.String as int4 in binary");
    assertThat(out.readableBytes()).isZero();
    format.writeRow(Tuple.of(1, 2), out);
    // The header still comes first, with the first row that succeeds.
    assertThat(ByteBufUtil.hexDump(out, 0, 6)).isEqualTo("5047434f5059");
  }

  @Test
  void aRowOfAnotherSizeThanTheDeclaredTypesIsRefused() {
    RowFormat format = RowFormat.of(false, CODECS, CopyTypes.resolve(List.of("int4"), CODECS));
    assertThatThrownBy(() -> format.writeRow(Tuple.of(1, 2), Unpooled.buffer()))
        .hasMessage("the row has 2 values, 1 column types are declared");
  }

  @Test
  void binaryRefusesAValueWhoseTypeItCannotTell() {
    RowFormat format = RowFormat.of(true, CODECS, null);
    assertThatThrownBy(
            () -> format.writeRow(Tuple.of((Object) new String[] {"a"}), Unpooled.buffer()))
        .hasMessageStartingWith("column 1: ");
  }

  @Test
  void typeNamesResolveByTypnameSqlSpellingAndArraySuffix() {
    assertThat(
            CopyTypes.resolve(
                List.of("int4", "integer", "BIGINT", "double precision", "text[]", "_int4"),
                CODECS))
        .containsExactly(23, 23, 20, 701, 1009, 1007);
    assertThatThrownBy(() -> CopyTypes.resolve(List.of("int4", "nope"), CODECS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown column type 'nope': no codec of that name on this connection (register it"
                + " first)");
  }

  @Test
  void onlyStatementsThatMentionCopyAndStdinMayCopyFromStdin() {
    assertThat(CopySql.mayCopyFromStdin("copy t from stdin")).isTrue();
    assertThat(CopySql.mayCopyFromStdin("COPY t (a) FROM STDIN (FORMAT binary)")).isTrue();
    assertThat(CopySql.mayCopyFromStdin("COPY t TO STDOUT")).isFalse();
    assertThat(CopySql.mayCopyFromStdin("SELECT 1")).isFalse();
  }
}
