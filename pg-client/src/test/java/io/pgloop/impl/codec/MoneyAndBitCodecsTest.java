package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.BitString;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyAndBitCodecsTest {

  @Test
  void moneyIsCentsInBinary() {
    assertThat(binary("money", new BigDecimal("12.5"))).isEqualTo("00000000000004e2");
    assertThat(binary("money", -1)).isEqualTo("ffffffffffffff9c");
    assertThat(fromBinary("money", "8000000000000000"))
        .isEqualTo(new BigDecimal("-92233720368547758.08"));
    assertThat(fromText("money", "-$1,234.50")).isEqualTo(new BigDecimal("-1234.50"));
    assertThat(fromText("money", "($3.00)")).isEqualTo(new BigDecimal("-3.00"));
    assertThat(text("money", new BigDecimal("7"))).isEqualTo("7.00");
    assertThatThrownBy(() -> binary("money", new BigDecimal("1.005")))
        .hasMessage("cannot encode java.math.BigDecimal 1.005 as money: more than two decimals");
    assertThatThrownBy(() -> binary("money", new BigDecimal("1e20")))
        .hasMessage("cannot encode java.math.BigDecimal 1E+20 as money: out of range");
  }

  @Test
  void bitStrings() {
    assertThat(binary("varbit", new BitString("101"))).isEqualTo("00000003a0");
    assertThat(binary("bit", new BitString("111111110"))).isEqualTo("00000009ff00");
    assertThat(fromBinary("varbit", "0000000a ffc0")).isEqualTo(new BitString("1111111111"));
    assertThat(fromBinary("varbit", "00000000")).isEqualTo(new BitString(""));
    assertRoundTrip("bit", new BitString("0110"));
    assertThatThrownBy(() -> fromText("bit", "012")).hasMessage("invalid bit value: \"012\"");
    assertThatThrownBy(() -> fromBinary("bit", "00000009 ff"))
        .hasMessage("invalid bit value: 5 bytes for 9 bits");
  }

  @Test
  void textFormTypesAreTextOnly() {
    for (String type : new String[] {"regclass", "jsonpath", "oidvector"}) {
      assertThat(codec(type).supportsBinary()).as(type).isFalse();
    }
    for (String type : new String[] {"xml", "pg_lsn", "tid", "xid", "tsvector", "tsquery"}) {
      assertThat(codec(type).supportsBinary()).as(type).isTrue();
    }
    assertThat(fromText("regclass", "pg_class")).isEqualTo("pg_class");
  }
}
