package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumericCodecTest {

  @Test
  void goldenBytes() {
    // ndigits 3, weight 1, positive, dscale 3: 1 2345 . 6780
    assertThat(binary("numeric", new BigDecimal("12345.678")))
        .isEqualTo("0003000100000003000109291a7c");
    assertThat(fromBinary("numeric", "0003000100000003000109291a7c"))
        .isEqualTo(new BigDecimal("12345.678"));
    assertThat(binary("numeric", BigDecimal.ZERO)).isEqualTo("0000000000000000");
    assertThat(binary("numeric", new BigDecimal("0.00"))).isEqualTo("0000000000000002");
    assertThat(binary("numeric", new BigDecimal("-1"))).isEqualTo("00010000400000000001");
    assertThat(binary("numeric", new BigDecimal("0.0001"))).isEqualTo("0001ffff000000040001");
    assertThat(binary("numeric", new BigDecimal("0.00001"))).isEqualTo("0001fffe0000000503e8");
    assertThat(binary("numeric", new BigDecimal("1E+20"))).isEqualTo("00010005000000000001");
    assertThat(binary("numeric", 10000L)).isEqualTo("00010001000000000001");
  }

  @Test
  void specialValues() {
    assertThat(binary("numeric", Double.NaN)).isEqualTo("00000000c0000000");
    assertThat(fromBinary("numeric", "00000000c0000000")).isEqualTo(Double.NaN);
    assertThat(fromBinary("numeric", "00000000d0000000")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(fromBinary("numeric", "00000000f0000000")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(fromText("numeric", "NaN")).isEqualTo(Double.NaN);
    assertThat(fromText("numeric", "-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(text("numeric", Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertRoundTrip("numeric", Double.NaN);
    assertRoundTrip("numeric", Double.NEGATIVE_INFINITY);
  }

  @Test
  void textIsPlainWithTheScale() {
    assertThat(text("numeric", new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(text("numeric", new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(fromText("numeric", "-0.000123")).isEqualTo(new BigDecimal("-0.000123"));
    assertThatThrownBy(() -> fromText("numeric", "1,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid numeric value: \"1,5\"");
  }

  @Test
  void roundTrips() {
    for (String v :
        new String[] {
          "0",
          "0.00",
          "1",
          "-1",
          "9999",
          "10000",
          "0.1",
          "-0.5",
          "12345.678",
          "1.50",
          "123456789012345678901234567890.123456789012345678901234567890",
          "0.0000000000000000000000000001",
          "-99999999.99990000",
          "3.14159265358979323846264338327950288419716939937510"
        }) {
      assertRoundTrip("numeric", new BigDecimal(v));
    }
  }

  @Test
  void otherNumbersEncodeExactly() {
    assertThat(fromBinary("numeric", binary("numeric", 0.1))).isEqualTo(new BigDecimal("0.1"));
    assertThat(fromBinary("numeric", binary("numeric", Long.MIN_VALUE)))
        .isEqualTo(new BigDecimal(Long.MIN_VALUE));
    BigInteger big = BigInteger.TEN.pow(40).add(BigInteger.ONE);
    assertThat(fromBinary("numeric", binary("numeric", big))).isEqualTo(new BigDecimal(big));
    // A negative scale has no display digits after the point.
    assertThat(fromBinary("numeric", binary("numeric", new BigDecimal("12E+5"))))
        .isEqualTo(new BigDecimal("1200000"));
  }

  @Test
  void malformedBinaryIsRejected() {
    assertThatThrownBy(() -> fromBinary("numeric", "0001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid numeric value: 2 bytes, expected at least 8");
    assertThatThrownBy(() -> fromBinary("numeric", "0002000000000000" + "0001"))
        .hasMessage("invalid numeric value: 10 bytes for 2 digits");
    assertThatThrownBy(() -> fromBinary("numeric", "0000000012340000"))
        .hasMessage("invalid numeric value: sign 0x1234");
  }
}
