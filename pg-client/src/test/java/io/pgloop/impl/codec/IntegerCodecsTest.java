package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntegerCodecsTest {

  @Test
  void int2GoldenBytes() {
    assertThat(binary("int2", (short) 1)).isEqualTo("0001");
    assertThat(binary("int2", (short) -1)).isEqualTo("ffff");
    assertThat(fromBinary("int2", "8000")).isEqualTo(Short.MIN_VALUE);
    assertThat(fromText("int2", "-32768")).isEqualTo(Short.MIN_VALUE);
    assertThat(text("int2", Short.MAX_VALUE)).isEqualTo("32767");
  }

  @Test
  void int4GoldenBytes() {
    assertThat(binary("int4", -1)).isEqualTo("ffffffff");
    assertThat(binary("int4", Integer.MAX_VALUE)).isEqualTo("7fffffff");
    assertThat(fromBinary("int4", "80000000")).isEqualTo(Integer.MIN_VALUE);
    assertThat(fromText("int4", "2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(fromText("int4", "0")).isEqualTo(0);
  }

  @Test
  void int8GoldenBytes() {
    assertThat(binary("int8", Long.MIN_VALUE)).isEqualTo("8000000000000000");
    assertThat(fromBinary("int8", "7fffffffffffffff")).isEqualTo(Long.MAX_VALUE);
    assertThat(fromText("int8", "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(fromText("int8", "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void oidIsUnsigned() {
    assertThat(fromBinary("oid", "ffffffff")).isEqualTo(4294967295L);
    assertThat(binary("oid", 4294967295L)).isEqualTo("ffffffff");
    assertThat(fromText("oid", "4294967295")).isEqualTo(4294967295L);
    assertThatThrownBy(() -> binary("oid", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Integer -1 as oid: out of range");
  }

  @Test
  void roundTripsAtTheEdges() {
    for (short v : new short[] {Short.MIN_VALUE, -1, 0, 1, Short.MAX_VALUE}) {
      assertRoundTrip("int2", v);
    }
    for (int v : new int[] {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE}) {
      assertRoundTrip("int4", v);
    }
    for (long v : new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}) {
      assertRoundTrip("int8", v);
    }
  }

  @Test
  void widerAndNarrowerBoxesEncodeWhenTheyFit() {
    assertThat(binary("int8", 7)).isEqualTo("0000000000000007");
    assertThat(binary("int8", (short) 7)).isEqualTo("0000000000000007");
    assertThat(binary("int4", 7L)).isEqualTo("00000007");
    assertThat(binary("int2", 7)).isEqualTo("0007");
  }

  @Test
  void outOfRangeAndWrongClassAreNamed() {
    assertThatThrownBy(() -> binary("int4", 3000000000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Long 3000000000 as int4: out of range");
    assertThatThrownBy(() -> text("int2", 40000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Integer 40000 as int2: out of range");
    assertThatThrownBy(() -> binary("int4", "12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.String as int4");
  }

  @Test
  void malformedTextIsRejected() {
    assertThatThrownBy(() -> fromText("int4", "12a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid int4 value: \"12a\"");
    assertThatThrownBy(() -> fromText("int4", "2147483648"))
        .hasMessage("invalid int4 value: \"2147483648\"");
    assertThatThrownBy(() -> fromText("int8", "9223372036854775808"))
        .hasMessage("invalid int8 value: \"9223372036854775808\"");
    assertThatThrownBy(() -> fromText("int8", "-")).hasMessage("invalid int8 value: \"-\"");
    assertThatThrownBy(() -> fromBinary("int4", "0001"))
        .hasMessage("invalid int4 value: 2 bytes, expected 4");
  }
}
