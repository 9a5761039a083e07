package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.Interval;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalCodecTest {

  private static final long HOUR = 3_600_000_000L;

  @Test
  void goldenBytes() {
    // 1 year 2 mons 3 days 04:05:06.5: microseconds, days, months
    Interval i = new Interval(14, 3, 4 * HOUR + 5 * 60_000_000L + 6_500_000L);
    assertThat(binary("interval", i)).isEqualTo("000000036c9361a0" + "00000003" + "0000000e");
    assertThat(fromBinary("interval", "000000036c9361a0000000030000000e")).isEqualTo(i);
  }

  @Test
  void textLikePostgresql() {
    assertThat(text("interval", Interval.ZERO)).isEqualTo("00:00:00");
    assertThat(text("interval", new Interval(14, 3, 4 * HOUR + 5 * 60_000_000L + 6_500_000L)))
        .isEqualTo("1 year 2 mons 3 days 04:05:06.5");
    assertThat(text("interval", new Interval(0, -1, 2 * HOUR))).isEqualTo("-1 days +02:00:00");
    assertThat(text("interval", new Interval(-13, 0, 0))).isEqualTo("-1 years -1 mons");
    assertThat(text("interval", new Interval(0, 1, 0))).isEqualTo("1 day");
    assertThat(text("interval", new Interval(0, 0, -1_000_000))).isEqualTo("-00:00:01");
    assertThat(text("interval", new Interval(0, 0, 123 * HOUR))).isEqualTo("123:00:00");
  }

  @Test
  void readsPostgresqlText() {
    assertThat(fromText("interval", "1 year 2 mons 3 days 04:05:06.5"))
        .isEqualTo(new Interval(14, 3, 4 * HOUR + 5 * 60_000_000L + 6_500_000L));
    assertThat(fromText("interval", "-1 days +02:00:00")).isEqualTo(new Interval(0, -1, 2 * HOUR));
    assertThat(fromText("interval", "-00:00:00.000001")).isEqualTo(new Interval(0, 0, -1));
    assertThat(fromText("interval", "00:00:00")).isEqualTo(Interval.ZERO);
    assertThat(fromText("interval", "-infinity")).isEqualTo(IntervalCodec.MINUS_INFINITY);
    assertThat(text("interval", IntervalCodec.INFINITY)).isEqualTo("infinity");
    assertThatThrownBy(() -> fromText("interval", "P1Y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid interval value: \"P1Y\"");
    assertThatThrownBy(() -> fromText("interval", "3 fortnights"))
        .hasMessage("invalid interval value: \"3 fortnights\"");
  }

  @Test
  void roundTrips() {
    for (Interval i :
        new Interval[] {
          Interval.ZERO,
          new Interval(Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE),
          new Interval(-1, 1, -1),
          new Interval(12, 0, 999_999),
          IntervalCodec.INFINITY,
          IntervalCodec.MINUS_INFINITY
        }) {
      assertRoundTrip("interval", i);
    }
  }

  @Test
  void durationsBindAsMicroseconds() {
    assertThat(binary("interval", Duration.ofSeconds(1, 1_500)))
        .isEqualTo("00000000000f4242" + "00000000" + "00000000");
    assertThat(new Interval(0, 2, HOUR).toDuration()).isEqualTo(Duration.ofHours(49));
    assertThatThrownBy(() -> new Interval(1, 0, 0).toDuration())
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("interval of 1 months has no fixed duration");
  }
}
