package io.pgloop.impl.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.pgloop.Tuple;
import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgTypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codecs made at registration: hstore, composites, enums. */
class RuntimeCodecsTest {

  private static final CodecRegistry REG = CodecRegistry.builtIns();

  enum Mood {
    SAD,
    HAPPY
  }

  record Pair(String name, Integer n) {}

  private static PgTypeInfo type(String name, char kind, PgTypeInfo.Attribute... attributes) {
    return new PgTypeInfo(name, 70001, 70002, kind, 0, 0, List.of(attributes));
  }

  @SuppressWarnings("unchecked")
  private static PgCodec<Object> codec(PgTypeInfo info, Class<?> javaClass) {
    return (PgCodec<Object>) TypeRegistrar.codecFor(info, REG, javaClass);
  }

  private static String hex(PgCodec<Object> codec, Object value) {
    ByteBuf out = Unpooled.buffer();
    codec.encodeBinary(codec.coerce(value), out);
    return ByteBufUtil.hexDump(out);
  }

  private static Object fromHex(PgCodec<Object> codec, String hex) {
    byte[] bytes = ByteBufUtil.decodeHexDump(hex.replace(" ", ""));
    return codec.decodeBinary(Unpooled.wrappedBuffer(bytes), 0, bytes.length);
  }

  private static Object fromText(PgCodec<Object> codec, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return codec.decodeText(Unpooled.wrappedBuffer(bytes), 0, bytes.length);
  }

  @Test
  void hstore() {
    PgCodec<Object> hstore = codec(type("hstore", 'b'), null);
    Map<String, String> map = new LinkedHashMap<>();
    map.put("a", "1");
    map.put("b", null);
    assertThat(hex(hstore, map))
        .isEqualTo("00000002" + "0000000161" + "0000000131" + "0000000162ffffffff");
    assertThat(fromHex(hstore, "00000002 0000000161 0000000131 0000000162 ffffffff"))
        .isEqualTo(map);
    assertThat(hstore.encodeText(map)).isEqualTo("\"a\"=>\"1\", \"b\"=>NULL");
    assertThat(fromText(hstore, "\"a\"=>\"1\", b => NULL, \"q\\\"\"=>\"\\\\\""))
        .isEqualTo(
            Map.of("a", "1", "q\"", "\\", "b", "x").entrySet().stream()
                .collect(
                    LinkedHashMap::new,
                    (m, e) -> m.put(e.getKey(), e.getKey().equals("b") ? null : e.getValue()),
                    Map::putAll));
    assertThat(fromText(hstore, "")).isEqualTo(Map.of());
    assertThatThrownBy(() -> hstore.coerce(Map.of("a", 1)))
        .hasMessage(
            "cannot encode a map with java.lang.String keys and java.lang.Integer values as hstore:"
                + " String to String only");
  }

  @Test
  void composites() {
    PgTypeInfo info =
        type("pair", 'c', new PgTypeInfo.Attribute("name", 25), new PgTypeInfo.Attribute("n", 23));
    PgCodec<Object> tuple = codec(info, null);
    assertThat(hex(tuple, Tuple.of("a", 7)))
        .isEqualTo(
            "00000002" + "00000019 00000001 61".replace(" ", "") + "000000170000000400000007");
    assertThat(fromHex(tuple, "00000002 00000019 ffffffff 00000017 00000004 00000007"))
        .isEqualTo(Tuple.of(null, 7));
    assertThat(tuple.encodeText(Tuple.of("a \"b\", c", null))).isEqualTo("(\"a \"\"b\"\", c\",)");
    assertThat(tuple.encodeText(Tuple.of("", 1))).isEqualTo("(\"\",1)");
    assertThat(fromText(tuple, "(\"a \"\"b\"\", c\",)")).isEqualTo(Tuple.of("a \"b\", c", null));
    assertThat(fromText(tuple, "(x\\,y,2)")).isEqualTo(Tuple.of("x,y", 2));
    PgCodec<Object> record = codec(info, Pair.class);
    assertThat(fromText(record, "(z,3)")).isEqualTo(new Pair("z", 3));
    assertThat(record.encodeText(new Pair("z", null))).isEqualTo("(z,)");
    assertThatThrownBy(() -> tuple.coerce(Tuple.of("a")))
        .hasMessage("pair has 2 attributes, the value 1");
    assertThatThrownBy(() -> tuple.coerce(Tuple.of("a", "b")))
        .hasMessage("pair attribute 2: cannot encode java.lang.String as int4");
    assertThatThrownBy(() -> fromText(tuple, "(a"))
        .hasMessage("invalid pair value \"(a\": not in parentheses");
    assertThatThrownBy(() -> fromText(tuple, "(\"a)"))
        .hasMessage("invalid pair value \"(\"a)\": unterminated quotes");
    assertThatThrownBy(() -> fromText(tuple, "(a,1,2)"))
        .hasMessage("invalid pair value \"(a,1,2)\": too many attributes");
  }

  @Test
  void enumsAndTheirArrays() {
    PgCodec<Object> labels = codec(type("mood", 'e'), null);
    assertThat(fromText(labels, "HAPPY")).isEqualTo("HAPPY");
    PgCodec<Object> typed = codec(type("mood", 'e'), Mood.class);
    assertThat(fromHex(typed, "534144")).isEqualTo(Mood.SAD);
    assertThat(hex(typed, Mood.HAPPY)).isEqualTo("4841505059");
    assertThatThrownBy(() -> fromText(typed, "meh"))
        .hasMessage("label \"meh\" of mood has no constant in " + Mood.class.getName());
    CodecRegistry withMood = REG.with(typed);
    assertThat(withMood.parameterTypeOid(Mood.SAD)).isEqualTo(70001);
    assertThat(withMood.parameterTypeOid(new Mood[] {Mood.SAD})).isEqualTo(70002);
    assertThat(withMood.byOid(70002).typeName()).isEqualTo("_mood");
    assertThatThrownBy(() -> codec(type("mood", 'e'), Pair.class))
        .hasMessage("type mood (enum, OID 70001) takes a Java enum, not " + Pair.class.getName());
  }
}
