package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeCodecsTest {

  @Test
  void timeGoldenBytesAndText() {
    assertThat(binary("time", LocalTime.of(0, 0, 1))).isEqualTo("00000000000f4240");
    assertThat(fromBinary("time", "00000000000f4240")).isEqualTo(LocalTime.of(0, 0, 1));
    assertThat(text("time", LocalTime.of(13, 5, 9, 500_000_000))).isEqualTo("13:05:09.5");
    assertThat(text("time", LocalTime.MIDNIGHT)).isEqualTo("00:00:00");
    assertThat(fromText("time", "13:05:09.000123")).isEqualTo(LocalTime.of(13, 5, 9, 123_000));
  }

  @Test
  void midnightAtTheEndIsLocalTimeMax() {
    assertThat(fromBinary("time", "000000141dd76000")).isEqualTo(LocalTime.MAX);
    assertThat(fromText("time", "24:00:00")).isEqualTo(LocalTime.MAX);
    assertThat(binary("time", LocalTime.MAX)).isEqualTo("000000141dd76000");
    assertThat(text("time", LocalTime.MAX)).isEqualTo("24:00:00");
  }

  @Test
  void nanosRoundToMicrosHalfUp() {
    assertThat(text("time", LocalTime.of(1, 2, 3, 1_500))).isEqualTo("01:02:03.000002");
    assertThat(text("time", LocalTime.of(1, 2, 3, 1_499))).isEqualTo("01:02:03.000001");
    assertThat(binary("time", LocalTime.of(0, 0, 0, 500))).isEqualTo("0000000000000001");
  }

  @Test
  void timetzGoldenBytesAndText() {
    OffsetTime t = OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
    // microseconds, then the offset in seconds west of UTC (-19800)
    assertThat(binary("timetz", t)).isEqualTo("0000000a0eebb000ffffb2a8");
    assertThat(fromBinary("timetz", "0000000a0eebb000ffffb2a8")).isEqualTo(t);
    assertThat(text("timetz", t)).isEqualTo("12:00:00+05:30");
    assertThat(fromText("timetz", "12:00:00+05:30")).isEqualTo(t);
    assertThat(text("timetz", OffsetTime.of(1, 2, 3, 0, ZoneOffset.ofHours(-8))))
        .isEqualTo("01:02:03-08");
    assertThat(fromText("timetz", "01:02:03.25-03:25:52"))
        .isEqualTo(
            OffsetTime.of(1, 2, 3, 250_000_000, ZoneOffset.ofHoursMinutesSeconds(-3, -25, -52)));
  }

  @Test
  void roundTrips() {
    for (LocalTime t :
        new LocalTime[] {
          LocalTime.MIDNIGHT, LocalTime.NOON, LocalTime.MAX, LocalTime.of(23, 59, 59, 999_999_000)
        }) {
      assertRoundTrip("time", t);
      assertRoundTrip("timetz", OffsetTime.of(t, ZoneOffset.ofHours(14)));
      assertRoundTrip("timetz", OffsetTime.of(t, ZoneOffset.ofHoursMinutes(-9, -30)));
    }
  }

  @Test
  void malformedIsRejected() {
    assertThatThrownBy(() -> fromText("time", "25:00:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid time value: \"25:00:00\"");
    assertThatThrownBy(() -> fromBinary("time", "0000002000000000"))
        .hasMessage("invalid time value: 137438953472 microseconds");
    assertThatThrownBy(() -> fromText("timetz", "12:00:00"))
        .hasMessage("invalid timetz value: \"12:00:00\"");
  }
}
