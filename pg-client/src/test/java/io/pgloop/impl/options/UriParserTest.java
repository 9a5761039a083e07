package io.pgloop.impl.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link UriParser}: the libpq keys a URI gives, before defaults and validation. */
class UriParserTest {

  @Test
  void keysInOrder() {
    assertThat(UriParser.parse("postgresql://u:p@h1:1,h2/db?sslmode=require"))
        .containsExactly(
            Map.entry("user", "u"),
            Map.entry("password", "p"),
            Map.entry("host", "h1,h2"),
            Map.entry("port", "1,"),
            Map.entry("dbname", "db"),
            Map.entry("sslmode", "require"));
  }

  @Test
  void emptyPartsSetNothing() {
    assertThat(UriParser.parse("postgresql://")).isEmpty();
    assertThat(UriParser.parse("postgresql://@/?")).isEmpty();
    assertThat(UriParser.parse("postgresql://u:@h"))
        .containsExactly(Map.entry("user", "u"), Map.entry("host", "h"));
  }

  @Test
  void userInfoEndsAtTheFirstAt() {
    // The password runs to the first '@' before any '/'; the rest is the host.
    assertThat(UriParser.parse("postgresql://u:a@b/db"))
        .containsEntry("password", "a")
        .containsEntry("host", "b");
  }

  @Test
  void queryWithoutPath() {
    assertThat(UriParser.parse("postgresql://h?dbname=x"))
        .containsExactly(Map.entry("host", "h"), Map.entry("dbname", "x"));
  }

  @Test
  void trailingAmpersandIsAllowed() {
    assertThat(UriParser.parse("postgresql://h?user=a&")).containsEntry("user", "a");
  }

  @Test
  void isUri() {
    assertThat(UriParser.isUri("postgresql://")).isTrue();
    assertThat(UriParser.isUri("postgres://")).isTrue();
    assertThat(UriParser.isUri("postgresql:/h")).isFalse();
    assertThat(UriParser.isUri("host=postgresql://")).isFalse();
  }

  @Test
  void maskedHidesOnlyThePassword() {
    assertThat(UriParser.masked("postgresql://u:pw@h:1/db")).isEqualTo("postgresql://u:***@h:1/db");
    assertThat(UriParser.masked("postgresql://u@h:1/db")).isEqualTo("postgresql://u@h:1/db");
    assertThat(UriParser.masked("postgresql://h:1/db")).isEqualTo("postgresql://h:1/db");
  }

  @Test
  void unknownKeyIsNamedDecoded() {
    assertThatThrownBy(() -> UriParser.parse("postgresql://h?f%6Fo=1"))
        .hasMessage("invalid URI query parameter: \"foo\"");
  }
}
