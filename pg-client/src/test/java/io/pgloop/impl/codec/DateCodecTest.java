package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateCodecTest {

  @Test
  void goldenBytes() {
    assertThat(binary("date", LocalDate.of(2000, 1, 1))).isEqualTo("00000000");
    assertThat(binary("date", LocalDate.of(1999, 12, 31))).isEqualTo("ffffffff");
    assertThat(binary("date", LocalDate.of(2024, 2, 29))).isEqualTo("00002279");
    assertThat(fromBinary("date", "00002279")).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void infinitiesAreMaxAndMin() {
    assertThat(fromBinary("date", "7fffffff")).isEqualTo(LocalDate.MAX);
    assertThat(fromBinary("date", "80000000")).isEqualTo(LocalDate.MIN);
    assertThat(binary("date", LocalDate.MIN)).isEqualTo("80000000");
    assertThat(text("date", LocalDate.MAX)).isEqualTo("infinity");
    assertThat(fromText("date", "-infinity")).isEqualTo(LocalDate.MIN);
    assertRoundTrip("date", LocalDate.MAX);
    assertRoundTrip("date", LocalDate.MIN);
  }

  @Test
  void textWithBcAndLongYears() {
    assertThat(text("date", LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(text("date", LocalDate.of(-43, 3, 15))).isEqualTo("0044-03-15 BC");
    assertThat(text("date", LocalDate.of(0, 1, 1))).isEqualTo("0001-01-01 BC");
    assertThat(text("date", LocalDate.of(12345, 6, 7))).isEqualTo("12345-06-07");
    assertThat(fromText("date", "0044-03-15 BC")).isEqualTo(LocalDate.of(-43, 3, 15));
    // 5 BC is a leap year in the proleptic calendar: the era must be known before the date.
    assertThat(fromText("date", "0005-02-29 BC")).isEqualTo(LocalDate.of(-4, 2, 29));
    assertThat(fromText("date", "5874897-12-31")).isEqualTo(LocalDate.of(5874897, 12, 31));
  }

  @Test
  void roundTrips() {
    for (LocalDate d :
        new LocalDate[] {
          LocalDate.of(1, 1, 1),
          LocalDate.of(0, 12, 31),
          LocalDate.of(-4712, 1, 1),
          LocalDate.of(1970, 1, 1),
          LocalDate.of(5874897, 12, 31)
        }) {
      assertRoundTrip("date", d);
    }
  }

  @Test
  void malformedTextIsRejected() {
    assertThatThrownBy(() -> fromText("date", "2024-13-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid date value: \"2024-13-01\"");
    assertThatThrownBy(() -> fromText("date", "2024-01-01 AD"))
        .hasMessage("invalid date value: \"2024-01-01 AD\"");
  }
}
