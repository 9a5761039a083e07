package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.pgloop.ColumnDescriptor;
import io.vertx.core.buffer.Buffer;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayCodecTest {

  private static final String INT4_1_NULL_3 =
      "00000001 00000001 00000017 00000003 00000001"
          + " 00000004 00000001 ffffffff 00000004 00000003";

  @Test
  void everyTypeWithAnArrayTypeHasItsArrayCodec() {
    assertThat(REGISTRY.byOid(1007).typeName()).isEqualTo("_int4");
    assertThat(REGISTRY.byName("_text").typeOid()).isEqualTo(1009);
    assertThat(REGISTRY.byOid(1182).typeName()).isEqualTo("_date");
    assertThat(REGISTRY.hasBinary(1007)).isTrue();
    assertThat(REGISTRY.byOid(1007).javaType()).isEqualTo(Integer[].class);
  }

  @Test
  void binaryGoldenBytes() {
    assertThat(binary("_int4", new Integer[] {1, null, 3}))
        .isEqualTo(INT4_1_NULL_3.replace(" ", ""));
    assertThat(fromBinary("_int4", INT4_1_NULL_3)).isEqualTo(new Integer[] {1, null, 3});
    assertThat(binary("_int4", new int[0])).isEqualTo("000000000000000000000017");
    assertThat(fromBinary("_int4", "000000000000000000000017")).isEqualTo(new Integer[0]);
    String twoByTwo =
        "00000002 00000000 00000017 00000002 00000001 00000002 00000001"
            + " 00000004 00000001 00000004 00000002 00000004 00000003 00000004 00000004";
    assertThat(binary("_int4", new int[][] {{1, 2}, {3, 4}})).isEqualTo(twoByTwo.replace(" ", ""));
    assertThat(fromBinary("_int4", twoByTwo)).isEqualTo(new Integer[][] {{1, 2}, {3, 4}});
    // A lower bound of 0 is read, and the Java array starts at 0 as always.
    assertThat(fromBinary("_int2", "00000001 00000000 00000015 00000001 00000000 00000002 0007"))
        .isEqualTo(new Short[] {7});
    assertThat(binary("_text", List.of("é", "")))
        .isEqualTo("000000010000000000000019000000020000000100000002c3a900000000");
  }

  @Test
  void textForms() {
    assertThat(text("_int4", new int[] {1, 2, 3})).isEqualTo("{1,2,3}");
    assertThat(text("_int8", List.of(List.of(1, 2), List.of(3, 4)))).isEqualTo("{{1,2},{3,4}}");
    assertThat(text("_text", Arrays.asList("a b", "", "NULL", "null", "q\"\\", null, "x,y", "{")))
        .isEqualTo("{\"a b\",\"\",\"NULL\",\"null\",\"q\\\"\\\\\",NULL,\"x,y\",\"{\"}");
    assertThat(text("_date", new LocalDate[] {LocalDate.of(2024, 2, 29)}))
        .isEqualTo("{2024-02-29}");
    assertThat(text("_bytea", new byte[][] {{1, 2}})).isEqualTo("{\"\\\\x0102\"}");
    assertThat(text("_text", new String[0])).isEqualTo("{}");
  }

  @Test
  void textIsParsedAsArrayOutWritesIt() {
    assertThat(fromText("_int4", "{1,NULL,3}")).isEqualTo(new Integer[] {1, null, 3});
    assertThat(fromText("_int4", "[0:2]={1,2,3}")).isEqualTo(new Integer[] {1, 2, 3});
    assertThat(fromText("_int4", "[1:2][-1:0]={{1,2},{3,4}}"))
        .isEqualTo(new Integer[][] {{1, 2}, {3, 4}});
    assertThat(fromText("_text", "{}")).isEqualTo(new String[0]);
    assertThat(fromText("_text", "{\"a b\",\"\",\"NULL\",NULL,\"q\\\"\\\\\", x y ,\\N}"))
        .isEqualTo(new String[] {"a b", "", "NULL", null, "q\"\\", "x y", "N"});
    assertThat(fromText("_bytea", "{\"\\\\x0102\",NULL}"))
        .isEqualTo(new Buffer[] {Buffer.buffer(new byte[] {1, 2}), null});
    assertThat(fromText("_int4", "{{{1}},{{2}}}")).isEqualTo(new Integer[][][] {{{1}}, {{2}}});
  }

  @Test
  void roundTrips() {
    assertRoundTrip("_int4", new Integer[] {Integer.MIN_VALUE, null, Integer.MAX_VALUE});
    assertRoundTrip("_text", new String[] {"", "NULL", "\\", "\"", " lead", "😀 four bytes"});
    assertRoundTrip("_float8", new Double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0});
    assertRoundTrip("_int8", new Long[][] {{1L, null}, {null, 4L}});
    assertRoundTrip("_bool", new Boolean[0]);
  }

  @Test
  void malformedOrMisshapenValuesAreRejected() {
    assertThatThrownBy(() -> binary("_int4", new int[][] {{1}, {2, 3}}))
        .hasMessage("array is not rectangular: dimension 2 has length 1 and 2");
    assertThatThrownBy(() -> binary("_int4", new long[] {1L << 40}))
        .hasMessage(
            "_int4 element 1: cannot encode java.lang.Long 1099511627776 as int4: out of range");
    assertThatThrownBy(() -> binary("_int4", List.of("x")))
        .hasMessage(
            "_int4 element 1: cannot encode java.lang.String x as int4: no conversion from that class");
    assertThatThrownBy(() -> binary("_int4", 5))
        .hasMessage("cannot encode java.lang.Integer as _int4");
    assertThatThrownBy(() -> fromText("_int4", "{{1,2},{3}}"))
        .hasMessage(
            "invalid array \"{{1,2},{3}}\": sub-arrays of different lengths at position 10");
    assertThatThrownBy(() -> fromText("_int4", "{1,{2}}"))
        .hasMessage("invalid array \"{1,{2}}\": elements at different depths at position 4");
    assertThatThrownBy(() -> fromText("_text", "{\"a}"))
        .hasMessage("invalid array \"{\"a}\": an unterminated quoted element at position 4");
    assertThatThrownBy(() -> fromBinary("_int4", "00000001 00000000 00000017 00000002 00000001"))
        .hasMessage("invalid _int4 value: ends before element 1");
  }

  @Test
  void parameterTypesOfArrays() {
    assertThat(REGISTRY.parameterTypeOid(new Integer[] {1})).isEqualTo(1007);
    assertThat(REGISTRY.parameterTypeOid(new int[] {1})).isEqualTo(1007);
    assertThat(REGISTRY.parameterTypeOid(new Integer[0])).isEqualTo(1007);
    assertThat(REGISTRY.parameterTypeOid(new Long[][] {{null, 2L}})).isEqualTo(1016);
    assertThat(REGISTRY.parameterTypeOid(List.of(LocalDate.EPOCH))).isEqualTo(1182);
    assertThat(REGISTRY.parameterTypeOid(new byte[][] {{1}})).isEqualTo(1001);
    assertThat(REGISTRY.parameterTypeOid(new String[] {"a"})).isZero();
    assertThat(REGISTRY.parameterTypeOid(new Object[] {null})).isZero();
    assertThat(REGISTRY.binaryParameter(new int[] {1}, 1007)).isTrue();
    assertThatThrownBy(() -> REGISTRY.parameterTypeOid(new URI[] {URI.create("x:y")}))
        .hasMessage("cannot bind java.net.URI: no codec accepts it");
    ByteBuf out = Unpooled.buffer();
    REGISTRY.encodeParameter(new String[] {"a", null, "b c"}, 0, false, out);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{a,NULL,\"b c\"}");
    out.release();
  }

  @Test
  void decodedArraysConvertToTheClassAskedFor() {
    assertThat(decode(INT4_1_NULL_3, Long[].class)).isEqualTo(new Long[] {1L, null, 3L});
    assertThat(decode(INT4_1_NULL_3, String[].class)).isEqualTo(new String[] {"1", null, "3"});
    assertThat(decode(INT4_1_NULL_3, String.class)).isEqualTo("{1,NULL,3}");
    assertThat(decode(INT4_1_NULL_3, List.class)).isEqualTo(Arrays.asList(1, null, 3));
    assertThat(
            decode("00000001 00000000 00000017 00000001 00000001 00000004 00000009", int[].class))
        .isEqualTo(new int[] {9});
    assertThatThrownBy(() -> decode(INT4_1_NULL_3, int[].class))
        .hasMessage("element 2 is NULL, which int[] cannot hold");
    assertThatThrownBy(() -> decode(INT4_1_NULL_3, Integer[][].class))
        .hasMessage("array has fewer dimensions than Integer[][]");
    assertThatThrownBy(() -> decode(INT4_1_NULL_3, LocalDate.class))
        .hasMessage("cannot decode _int4 (Integer[]) as java.time.LocalDate");
  }

  private static Object decode(String hex, Class<?> type) {
    ByteBuf buf = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
    return REGISTRY.decode(1007, ColumnDescriptor.BINARY, buf, 0, buf.readableBytes(), type);
  }
}
