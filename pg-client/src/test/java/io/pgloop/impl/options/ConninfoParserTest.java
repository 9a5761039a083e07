package io.pgloop.impl.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ConninfoParser}: the libpq keys a {@code key=value} string gives. */
class ConninfoParserTest {

  @Test
  void keysInOrderWithCanonicalNames() {
    assertThat(ConninfoParser.parse("port=1 host=h timezone=UTC requiressl=1"))
        .containsExactly(
            Map.entry("port", "1"),
            Map.entry("host", "h"),
            Map.entry("TimeZone", "UTC"),
            Map.entry("sslmode", "require"));
  }

  @Test
  void emptyAndBlankStringsGiveNothing() {
    assertThat(ConninfoParser.parse("")).isEmpty();
    assertThat(ConninfoParser.parse(" \t\n")).isEmpty();
  }

  @Test
  void valueRunsToWhitespaceEvenAfterEquals() {
    // As in libpq: whitespace after '=' is skipped, so the next pair becomes the value.
    assertThat(ConninfoParser.parse("user= host=h")).containsExactly(Map.entry("user", "host=h"));
  }

  @Test
  void quotedValueMayBeFollowedDirectly() {
    assertThat(ConninfoParser.parse("user='a b'host=h"))
        .containsExactly(Map.entry("user", "a b"), Map.entry("host", "h"));
  }

  @Test
  void trailingBackslashIsDropped() {
    assertThat(ConninfoParser.parse("user=ab\\")).containsExactly(Map.entry("user", "ab"));
  }
}
