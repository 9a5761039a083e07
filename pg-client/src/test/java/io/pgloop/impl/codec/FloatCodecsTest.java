package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FloatCodecsTest {

  @Test
  void goldenBytes() {
    assertThat(binary("float4", 1.5f)).isEqualTo("3fc00000");
    assertThat(binary("float8", 1.5)).isEqualTo("3ff8000000000000");
    assertThat(binary("float8", -0.0)).isEqualTo("8000000000000000");
    assertThat(fromBinary("float8", "7ff8000000000000")).isEqualTo(Double.NaN);
    assertThat(fromBinary("float8", "fff0000000000000")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(fromBinary("float4", "7f800000")).isEqualTo(Float.POSITIVE_INFINITY);
  }

  @Test
  void textLikePostgresql() {
    assertThat(text("float8", 1.0)).isEqualTo("1");
    assertThat(text("float8", 1.5)).isEqualTo("1.5");
    assertThat(text("float8", -0.0)).isEqualTo("-0");
    assertThat(text("float8", 0.0001)).isEqualTo("0.0001");
    assertThat(text("float8", 0.00001)).isEqualTo("1e-05");
    assertThat(text("float8", 123456789012345.0)).isEqualTo("123456789012345");
    assertThat(text("float8", 1e15)).isEqualTo("1e+15");
    assertThat(text("float8", -1.25e-300)).isEqualTo("-1.25e-300");
    assertThat(text("float8", Double.NaN)).isEqualTo("NaN");
    assertThat(text("float8", Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(text("float4", 100000f)).isEqualTo("100000");
    assertThat(text("float4", 1000000f)).isEqualTo("1e+06");
    assertThat(text("float4", 0.1f)).isEqualTo("0.1");
    assertThat(text("float4", Float.POSITIVE_INFINITY)).isEqualTo("Infinity");
    // Shortest digits where Java 17's toString prints one more (JDK-4511638).
    assertThat(text("float8", Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(text("float8", 2.0E-3)).isEqualTo("0.002");
    assertThat(text("float8", 1.0E23)).isEqualTo("1e+23");
    assertThat(text("float4", Float.MIN_VALUE)).isEqualTo("1e-45");
    assertThat(text("float4", 1.0E10f)).isEqualTo("1e+10");
  }

  @Test
  void readsPostgresqlText() {
    assertThat(fromText("float8", "1e+15")).isEqualTo(1e15);
    assertThat(fromText("float8", "-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(fromText("float8", "NaN")).isEqualTo(Double.NaN);
    assertThat(fromText("float4", "1.5e-05")).isEqualTo(1.5e-05f);
    assertThatThrownBy(() -> fromText("float8", "one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid float8 value: \"one\"");
  }

  @Test
  void roundTripsAtTheEdges() {
    for (double v :
        new double[] {
          0.0,
          -0.0,
          Double.MIN_VALUE,
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          0.1,
          1 / 3.0,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY
        }) {
      assertRoundTrip("float8", v);
    }
    for (float v :
        new float[] {0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, 0.1f, Float.NaN, -1.0e-10f}) {
      assertRoundTrip("float4", v);
    }
  }

  @Test
  void float8TakesAFloatButFloat4NotADouble() {
    assertThat(binary("float8", 1.5f)).isEqualTo("3ff8000000000000");
    assertThatThrownBy(() -> binary("float4", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Double as float4");
  }
}
