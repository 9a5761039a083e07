package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimestampCodecsTest {

  private static final LocalDateTime Y2K = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final LocalDateTime LEAP = LocalDateTime.of(2024, 2, 29, 13, 5, 9, 500_000_000);

  @Test
  void timestampGoldenBytes() {
    assertThat(binary("timestamp", Y2K)).isEqualTo("0000000000000000");
    assertThat(binary("timestamp", LEAP)).isEqualTo("0002b583ad7e4c60");
    assertThat(binary("timestamp", LocalDateTime.of(1970, 1, 1, 0, 0)))
        .isEqualTo("fffca2fec4c82000");
    assertThat(fromBinary("timestamp", "0002b583ad7e4c60")).isEqualTo(LEAP);
    assertThat(fromBinary("timestamp", "7fffffffffffffff")).isEqualTo(LocalDateTime.MAX);
    assertThat(fromBinary("timestamp", "8000000000000000")).isEqualTo(LocalDateTime.MIN);
    assertThat(binary("timestamp", LocalDateTime.MAX)).isEqualTo("7fffffffffffffff");
  }

  @Test
  void timestampText() {
    assertThat(text("timestamp", LEAP)).isEqualTo("2024-02-29 13:05:09.5");
    assertThat(text("timestamp", Y2K)).isEqualTo("2000-01-01 00:00:00");
    assertThat(text("timestamp", LocalDateTime.of(-43, 3, 15, 12, 0)))
        .isEqualTo("0044-03-15 12:00:00 BC");
    assertThat(text("timestamp", LocalDateTime.MIN)).isEqualTo("-infinity");
    assertThat(fromText("timestamp", "0044-03-15 12:00:00 BC"))
        .isEqualTo(LocalDateTime.of(-43, 3, 15, 12, 0));
    assertThat(fromText("timestamp", "infinity")).isEqualTo(LocalDateTime.MAX);
    assertThat(fromText("timestamp", "2024-02-29 13:05:09.5")).isEqualTo(LEAP);
  }

  @Test
  void nanosRoundToMicrosHalfUp() {
    assertThat(binary("timestamp", Y2K.plusNanos(500))).isEqualTo("0000000000000001");
    assertThat(binary("timestamp", Y2K.plusNanos(499))).isEqualTo("0000000000000000");
    assertThat(binary("timestamp", Y2K.minusNanos(500))).isEqualTo("0000000000000000");
    assertThat(text("timestamp", Y2K.minusNanos(1))).isEqualTo("2000-01-01 00:00:00");
  }

  @Test
  void timestampRoundTrips() {
    for (LocalDateTime t :
        new LocalDateTime[] {
          Y2K,
          LEAP,
          LocalDateTime.MAX,
          LocalDateTime.MIN,
          LocalDateTime.of(-4712, 1, 1, 0, 0),
          LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000),
          LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000)
        }) {
      assertRoundTrip("timestamp", t);
    }
  }

  @Test
  void timestamptzGoldenBytesAndText() {
    OffsetDateTime utc = Y2K.atOffset(ZoneOffset.UTC);
    assertThat(binary("timestamptz", utc)).isEqualTo("0000000000000000");
    assertThat(binary("timestamptz", Instant.parse("2000-01-01T00:00:00Z")))
        .isEqualTo("0000000000000000");
    assertThat(binary("timestamptz", Y2K.plusHours(1).atZone(ZoneId.of("Europe/Paris"))))
        .isEqualTo("0000000000000000");
    assertThat(fromBinary("timestamptz", "0000000000000000")).isEqualTo(utc);
    assertThat(text("timestamptz", utc)).isEqualTo("2000-01-01 00:00:00+00");
    assertThat(text("timestamptz", Y2K.atOffset(ZoneOffset.ofHoursMinutes(5, 30))))
        .isEqualTo("2000-01-01 00:00:00+05:30");
    assertThat(fromText("timestamptz", "2000-01-01 01:00:00+01")).isEqualTo(utc);
    assertThat(fromText("timestamptz", "0044-03-15 12:00:00+00 BC"))
        .isEqualTo(LocalDateTime.of(-43, 3, 15, 12, 0).atOffset(ZoneOffset.UTC));
    assertThat(text("timestamptz", LocalDateTime.of(-43, 3, 15, 12, 0).atOffset(ZoneOffset.UTC)))
        .isEqualTo("0044-03-15 12:00:00+00 BC");
  }

  @Test
  void timestamptzInfinities() {
    assertThat(fromBinary("timestamptz", "7fffffffffffffff")).isEqualTo(OffsetDateTime.MAX);
    assertThat(fromText("timestamptz", "-infinity")).isEqualTo(OffsetDateTime.MIN);
    assertThat(binary("timestamptz", Instant.MAX)).isEqualTo("7fffffffffffffff");
    assertThat(text("timestamptz", Instant.MIN)).isEqualTo("-infinity");
    assertRoundTrip("timestamptz", OffsetDateTime.MAX);
    assertRoundTrip("timestamptz", LEAP.atOffset(ZoneOffset.UTC));
  }

  @Test
  void outOfRangeAndWrongClass() {
    assertThatThrownBy(() -> binary("timestamp", LocalDateTime.of(300000, 1, 1, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot encode java.time.LocalDateTime +300000-01-01T00:00 as timestamp: out of range");
    assertThatThrownBy(() -> binary("timestamptz", LEAP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.time.LocalDateTime as timestamptz");
    assertThatThrownBy(() -> fromText("timestamp", "2024-02-29T13:05:09"))
        .hasMessage("invalid timestamp value: \"2024-02-29T13:05:09\"");
  }

  @Test
  void zonedDateTimeEncodesItsInstant() {
    ZonedDateTime z = ZonedDateTime.of(LEAP, ZoneId.of("America/New_York"));
    assertThat(fromBinary("timestamptz", binary("timestamptz", z)))
        .isEqualTo(z.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
  }
}
