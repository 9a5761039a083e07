package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  @Test
  void jsonBinaryIsTheText() {
    assertThat(binary("json", new JsonObject().put("a", 1))).isEqualTo("7b2261223a317d");
    assertThat(fromBinary("json", "7b2261223a317d")).isEqualTo(new JsonObject().put("a", 1));
  }

  @Test
  void jsonbBinaryHasAVersionByte() {
    assertThat(binary("jsonb", new JsonArray().add(1))).isEqualTo("015b315d");
    assertThat(fromBinary("jsonb", "015b315d")).isEqualTo(new JsonArray().add(1));
    assertThatThrownBy(() -> fromBinary("jsonb", "025b315d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid jsonb value: unknown jsonb version 2");
  }

  @Test
  void decodesEveryJsonValue() {
    assertThat(fromText("jsonb", "{\"a\": [1, true, null]}"))
        .isEqualTo(new JsonObject().put("a", new JsonArray().add(1).add(true).addNull()));
    assertThat(fromText("json", "\"s\"")).isEqualTo("s");
    assertThat(fromText("json", "1.5")).isEqualTo(1.5);
    assertThat(fromText("json", "true")).isEqualTo(true);
    assertThat(fromText("json", "null")).isNull();
    assertThatThrownBy(() -> fromText("json", "{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid json value: ");
  }

  @Test
  void encodesValuesAndTakesStringsAsJsonText() {
    assertThat(text("jsonb", "{\"raw\":true}")).isEqualTo("{\"raw\":true}");
    assertThat(text("jsonb", Map.of("k", "v"))).isEqualTo("{\"k\":\"v\"}");
    assertThat(text("json", 42)).isEqualTo("42");
    assertRoundTrip("jsonb", new JsonObject().put("\u00e9", "\ud83d\ude00"));
    assertRoundTrip("json", new JsonArray());
    assertThatThrownBy(() -> text("json", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Object as json");
  }
}
