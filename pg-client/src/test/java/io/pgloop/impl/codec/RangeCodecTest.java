package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeCodecTest {

  @Test
  void binaryGoldenBytes() {
    assertThat(binary("int4range", Range.closedOpen(1, 5)))
        .isEqualTo("02" + "0000000400000001" + "0000000400000005");
    assertThat(binary("int4range", Range.empty())).isEqualTo("01");
    assertThat(binary("int4range", Range.closedOpen(null, 5))).isEqualTo("08" + "0000000400000005");
    assertThat(binary("int8range", Range.of(1, false, null, false)))
        .isEqualTo("10" + "000000080000000000000001");
    assertThat(fromBinary("int4range", "06 00000004 00000001 00000004 00000005"))
        .isEqualTo(Range.closed(1, 5));
    assertThat(fromBinary("int4range", "18")).isEqualTo(Range.open(null, null));
    assertThat(fromBinary("int4range", "01")).isEqualTo(Range.empty());
  }

  @Test
  void textForms() {
    assertThat(text("int4range", Range.closedOpen(1, 5))).isEqualTo("[1,5)");
    assertThat(text("int4range", Range.empty())).isEqualTo("empty");
    assertThat(text("numrange", Range.of(null, false, new BigDecimal("2.5"), true)))
        .isEqualTo("(,2.5]");
    assertThat(text("tsrange", Range.closedOpen(LocalDateTime.of(2024, 1, 1, 10, 0), null)))
        .isEqualTo("[\"2024-01-01 10:00:00\",)");
    assertThat(fromText("tsrange", "[\"2024-01-01 10:00:00\",\"2024-01-02 00:00:00\")"))
        .isEqualTo(
            Range.closedOpen(
                LocalDateTime.of(2024, 1, 1, 10, 0), LocalDateTime.of(2024, 1, 2, 0, 0)));
    assertThat(fromText("daterange", "[2024-01-01,infinity)"))
        .isEqualTo(Range.closedOpen(LocalDate.of(2024, 1, 1), LocalDate.MAX));
    assertThat(fromText("int8range", "(,)")).isEqualTo(Range.open(null, null));
    assertThat(fromText("int4range", "empty")).isEqualTo(Range.empty());
    assertThatThrownBy(() -> fromText("int4range", "[1;5)"))
        .hasMessage("invalid int4range value: \"[1;5)\"");
  }

  @Test
  void multiranges() {
    List<Range<Integer>> two = List.of(Range.closedOpen(1, 3), Range.closedOpen(5, 7));
    assertThat(text("int4multirange", two)).isEqualTo("{[1,3),[5,7)}");
    assertThat(fromText("int4multirange", "{[1,3), [5,7)}")).isEqualTo(two);
    assertThat(fromText("int4multirange", "{}")).isEqualTo(List.of());
    assertThat(binary("int4multirange", two))
        .isEqualTo(
            "00000002"
                + "00000011"
                + "02000000040000000100000004000000"
                + "03"
                + "00000011"
                + "02000000040000000500000004000000"
                + "07");
    assertRoundTrip("int4multirange", two);
    assertRoundTrip(
        "tsmultirange", List.of(Range.closedOpen(LocalDateTime.of(2024, 1, 1, 10, 0), null)));
  }

  @Test
  void parameterTypesFollowTheBounds() {
    assertThat(REGISTRY.parameterTypeOid(Range.closedOpen(1, 2))).isEqualTo(3904);
    assertThat(REGISTRY.parameterTypeOid(Range.closedOpen(null, 2L))).isEqualTo(3926);
    assertThat(REGISTRY.parameterTypeOid(Range.closedOpen(LocalDate.EPOCH, null))).isEqualTo(3912);
    assertThat(REGISTRY.parameterTypeOid(Range.empty())).isZero();
    assertThat(REGISTRY.parameterTypeOid(new Range<?>[] {Range.closedOpen(1, 2)})).isEqualTo(3905);
    assertThatThrownBy(() -> binary("int4range", Range.closedOpen(1L << 40, null)))
        .hasMessage("cannot encode java.lang.Long 1099511627776 as int4: out of range");
  }
}
