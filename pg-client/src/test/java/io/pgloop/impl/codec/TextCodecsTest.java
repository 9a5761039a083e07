package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextCodecsTest {

  @Test
  void stringTypesAreUtf8InBothFormats() {
    for (String type : new String[] {"text", "varchar", "bpchar", "name", "unknown"}) {
      assertThat(binary(type, "h\u00e9")).isEqualTo("68c3a9");
      assertThat(fromBinary(type, "68c3a9")).isEqualTo("h\u00e9");
      assertRoundTrip(type, "");
      assertRoundTrip(type, "\u65e5\u672c \ud83d\ude00 'quoted' \\ back");
    }
  }

  @Test
  void anyCharSequenceEncodes() {
    assertThat(text("text", new StringBuilder("sb"))).isEqualTo("sb");
    assertThatThrownBy(() -> text("text", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Integer as text");
  }

  @Test
  void internalCharIsOneByte() {
    assertThat(binary("char", "r")).isEqualTo("72");
    assertThat(binary("char", 'v')).isEqualTo("76");
    assertThat(fromBinary("char", "72")).isEqualTo("r");
    assertThat(fromBinary("char", "00")).isEqualTo("");
    assertThat(fromText("char", "")).isEqualTo("");
    // charout writes bytes from 128 as octal escapes
    assertThat(fromText("char", "\\351")).isEqualTo("\u00e9");
    assertThat(text("char", "\u00e9")).isEqualTo("\\351");
    assertRoundTrip("char", "r");
    assertThatThrownBy(() -> binary("char", "ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.String ab as char: not a single Latin-1 character");
  }
}
