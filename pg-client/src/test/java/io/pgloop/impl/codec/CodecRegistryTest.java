package io.pgloop.impl.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.pgloop.ColumnDescriptor;
import io.pgloop.data.Interval;
import io.pgloop.data.PgValue;
import io.pgloop.data.TsQuery;
import io.pgloop.data.TsVector;
import io.pgloop.spi.PgCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {

  private static final CodecRegistry REG = CodecRegistry.builtIns();

  enum Mood {
    HAPPY
  }

  @Test
  void builtInsComeThroughServiceLoaderOnce() {
    assertThat(CodecRegistry.builtIns()).isSameAs(REG);
    int[] oids = {
      16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 700, 701, 705, 1042, 1043, 1082, 1083, 1114, 1184,
      1266, 1700, 2950, 3802
    };
    for (int oid : oids) {
      assertThat(REG.byOid(oid).typeOid()).as("oid %d", oid).isEqualTo(oid);
      assertThat(REG.byName(REG.byOid(oid).typeName())).isSameAs(REG.byOid(oid));
      assertThat(REG.hasBinary(oid)).isTrue();
    }
  }

  @Test
  void unknownOidsFallBackToText() {
    assertThat(REG.byOid(99999)).isSameAs(TextFallbackCodec.INSTANCE);
    assertThat(REG.byOid(1 << 20)).isSameAs(TextFallbackCodec.INSTANCE);
    assertThat(REG.byName("hstore")).isNull();
    assertThat(REG.hasBinary(99999)).isFalse();
    assertThat(decode(99999, ColumnDescriptor.TEXT, "a=>1")).isEqualTo("a=>1");
    assertThat(decode(99999, ColumnDescriptor.BINARY, "a=>1")).isEqualTo(Buffer.buffer("a=>1"));
  }

  @Test
  void parameterTypes() {
    assertThat(REG.parameterTypeOid(null)).isZero();
    assertThat(REG.parameterTypeOid("s")).isZero();
    assertThat(REG.parameterTypeOid(Mood.HAPPY)).isZero();
    assertThat(REG.parameterTypeOid(1)).isEqualTo(23);
    assertThat(REG.parameterTypeOid(1L)).isEqualTo(20);
    assertThat(REG.parameterTypeOid((short) 1)).isEqualTo(21);
    assertThat(REG.parameterTypeOid(1f)).isEqualTo(700);
    assertThat(REG.parameterTypeOid(1d)).isEqualTo(701);
    assertThat(REG.parameterTypeOid(true)).isEqualTo(16);
    assertThat(REG.parameterTypeOid(BigDecimal.ONE)).isEqualTo(1700);
    assertThat(REG.parameterTypeOid(BigInteger.ONE)).isEqualTo(1700);
    assertThat(REG.parameterTypeOid(UUID.randomUUID())).isEqualTo(2950);
    assertThat(REG.parameterTypeOid(LocalDate.now())).isEqualTo(1082);
    assertThat(REG.parameterTypeOid(LocalTime.now())).isEqualTo(1083);
    assertThat(REG.parameterTypeOid(OffsetTime.now())).isEqualTo(1266);
    assertThat(REG.parameterTypeOid(LocalDateTime.now())).isEqualTo(1114);
    assertThat(REG.parameterTypeOid(OffsetDateTime.now())).isEqualTo(1184);
    assertThat(REG.parameterTypeOid(Instant.now())).isEqualTo(1184);
    assertThat(REG.parameterTypeOid(ZonedDateTime.now())).isEqualTo(1184);
    assertThat(REG.parameterTypeOid(new byte[0])).isEqualTo(17);
    assertThat(REG.parameterTypeOid(Buffer.buffer())).isEqualTo(17);
    assertThat(REG.parameterTypeOid(new JsonObject())).isEqualTo(3802);
    assertThat(REG.parameterTypeOid(new JsonArray())).isEqualTo(3802);
    assertThat(REG.parameterTypeOid(Interval.ZERO)).isEqualTo(1186);
    assertThat(REG.parameterTypeOid(Duration.ZERO)).isEqualTo(1186);
    assertThat(REG.parameterTypeOid(TsVector.EMPTY)).isEqualTo(3614);
    assertThat(REG.parameterTypeOid(new TsQuery("'a'"))).isEqualTo(3615);
  }

  @Test
  void unbindableValuesAreNamed() throws Exception {
    URL url = new URL("http://example.com");
    assertThatThrownBy(() -> REG.parameterTypeOid(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot bind java.net.URL: no codec accepts it");
  }

  @Test
  void binaryParameters() {
    assertThat(REG.binaryParameter(1, 23)).isTrue();
    assertThat(REG.binaryParameter(1, 20)).isTrue();
    assertThat(REG.binaryParameter("s", 0)).isFalse();
    assertThat(REG.binaryParameter("s", 23)).isFalse();
    assertThat(REG.binaryParameter("s", 99999)).isFalse();
  }

  @Test
  void encodesParameters() {
    assertThat(encode(42, 23, true)).isEqualTo("0000002a");
    assertThat(encode(42, 20, true)).isEqualTo("000000000000002a");
    assertThat(text(42, 23)).isEqualTo("42");
    assertThat(text("caf\u00e9", 0)).isEqualTo("caf\u00e9");
    assertThat(text(Mood.HAPPY, 0)).isEqualTo("HAPPY");
    assertThat(text(LocalDate.of(2024, 2, 29), 0)).isEqualTo("2024-02-29");
    assertThat(text("x=>1", 99999)).isEqualTo("x=>1");
    // A PgValue declares its type and is encoded as the value it carries.
    assertThat(REG.parameterTypeOid(PgValue.of("bigint", 5))).isEqualTo(20);
    assertThat(encode(PgValue.of("int8", 5), 20, true)).isEqualTo("0000000000000005");
    // A String for a type whose codec does not take Strings goes as text, for the server to parse.
    assertThat(text("12", 23)).isEqualTo("12");
  }

  @Test
  void parameterErrorsAreExact() {
    assertThatThrownBy(() -> encode("12", 23, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.String as int4 in binary");
    assertThatThrownBy(() -> encode(3000000000L, 23, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot encode java.lang.Long 3000000000 as int4: out of range");
    assertThatThrownBy(() -> encode(1, 99999, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot encode java.lang.Integer as type OID 99999: no codec registered for it");
  }

  @Test
  void runTimeCodecsReplaceAndBind() {
    PgCodec<?> moodCodec = new MoodCodec();
    CodecRegistry reg = REG.with(moodCodec);
    assertThat(reg.byOid(50001)).isSameAs(moodCodec);
    assertThat(reg.byName("mood")).isSameAs(moodCodec);
    assertThat(reg.parameterTypeOid(Mood.HAPPY)).isEqualTo(50001);
    assertThat(reg.parameterTypeOid("s")).isZero();
    assertThat(REG.byName("mood")).isNull();
    // extension OIDs live above the built-in range and may exceed 2^31 (negative as int)
    CodecRegistry high =
        REG.with(
            new MoodCodec() {
              @Override
              public int typeOid() {
                return 0x9000_0000;
              }
            });
    assertThat(high.byOid(0x9000_0000).typeName()).isEqualTo("mood");
    assertThat(high.hasBinary(0x9000_0000)).isTrue();
    ByteBuf out = Unpooled.buffer();
    try {
      reg.encodeParameter(Mood.HAPPY, 50001, true, out);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("happy");
    } finally {
      out.release();
    }
  }

  @Test
  void decodesWithConversions() {
    assertThat(decodeAs(20, "3000000000", Long.class)).isEqualTo(3000000000L);
    assertThat(decodeAs(20, "7", Integer.class)).isEqualTo(7);
    assertThat(decodeAs(20, "7", int.class)).isEqualTo(7);
    assertThat(decodeAs(23, "7", BigDecimal.class)).isEqualTo(BigDecimal.valueOf(7));
    assertThat(decodeAs(1700, "7.00", Integer.class)).isEqualTo(7);
    assertThat(decodeAs(1700, "NaN", Double.class)).isNaN();
    assertThat(decodeAs(701, "1e+15", Long.class)).isEqualTo(1_000_000_000_000_000L);
    assertThat(decodeAs(2950, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", String.class))
        .isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    assertThat(decodeAs(25, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", UUID.class))
        .isEqualTo(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
    assertThat(decodeAs(25, "HAPPY", Mood.class)).isEqualTo(Mood.HAPPY);
    assertThat(decodeAs(17, "\\x0102", byte[].class)).containsExactly(1, 2);
    assertThat(decodeAs(25, "{\"a\":1}", JsonObject.class)).isEqualTo(new JsonObject().put("a", 1));
    assertThat(decodeAs(1114, "2000-01-01 00:00:00", Instant.class))
        .isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(decodeAs(1184, "2000-01-01 01:00:00+01", LocalDateTime.class))
        .isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
    assertThat(decodeAs(1184, "infinity", Instant.class)).isEqualTo(Instant.MAX);
    assertThat(decodeAs(1082, "2000-01-01", OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(decodeAs(1082, "infinity", LocalDateTime.class)).isEqualTo(LocalDateTime.MAX);
    assertThat(decodeAs(1186, "1 day 01:00:00", Duration.class)).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void binaryValuesRenderAsTextForStrings() {
    assertThat(decodeBinaryAs(23, "ffffffff", String.class)).isEqualTo("-1");
    assertThat(decodeBinaryAs(1184, "0000000000000000", String.class))
        .isEqualTo("2000-01-01 00:00:00+00");
    assertThat(decodeBinaryAs(17, "0102", String.class)).isEqualTo("\\x0102");
    assertThat(decodeBinaryAs(3802, "016e756c6c", String.class)).isEqualTo("null");
    assertThat(decodeBinaryAs(99999, "0102", String.class)).isEqualTo("\\x0102");
  }

  @Test
  void conversionErrorsNameBothSides() {
    assertThatThrownBy(() -> decodeAs(20, "3000000000", Integer.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 3000000000 does not fit java.lang.Integer");
    assertThatThrownBy(() -> decodeAs(1700, "1.5", Long.class))
        .hasMessage("value 1.5 does not fit java.lang.Long");
    assertThatThrownBy(() -> decodeAs(1700, "NaN", BigDecimal.class))
        .hasMessage("value NaN does not fit java.math.BigDecimal");
    assertThatThrownBy(() -> decodeAs(23, "1", URL.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot decode int4 (java.lang.Integer) as java.net.URL");
    assertThatThrownBy(() -> decodeAs(1186, "1 mon", Duration.class))
        .hasMessage(
            "value Interval[months=1, days=0, microseconds=0] does not fit java.time.Duration");
    assertThatThrownBy(() -> decodeAs(25, "x", UUID.class))
        .hasMessage("value \"x\" is not a valid java.util.UUID");
  }

  /** A codec written against the SPI alone, as an extension would be. */
  static class MoodCodec implements PgCodec<String> {
    @Override
    public String typeName() {
      return "mood";
    }

    @Override
    public int typeOid() {
      return 50001;
    }

    @Override
    public int arrayTypeOid() {
      return 0;
    }

    @Override
    public Class<String> javaType() {
      return String.class;
    }

    @Override
    public boolean supportsBinary() {
      return true;
    }

    @Override
    public boolean canEncode(Object value) {
      return value instanceof Mood;
    }

    @Override
    public String coerce(Object value) {
      return ((Mood) value).name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void encodeBinary(String value, ByteBuf out) {
      out.writeCharSequence(value, StandardCharsets.UTF_8);
    }

    @Override
    public String decodeBinary(ByteBuf buf, int index, int length) {
      return buf.toString(index, length, StandardCharsets.UTF_8);
    }

    @Override
    public String encodeText(String value) {
      return value;
    }

    @Override
    public String decodeText(ByteBuf buf, int index, int length) {
      return buf.toString(index, length, StandardCharsets.UTF_8);
    }
  }

  private static Object decode(int oid, short format, String bytes) {
    ByteBuf buf = Unpooled.copiedBuffer(bytes, StandardCharsets.UTF_8);
    try {
      return REG.decode(oid, format, buf, 0, buf.readableBytes());
    } finally {
      buf.release();
    }
  }

  private static <T> T decodeAs(int oid, String text, Class<T> type) {
    ByteBuf buf = Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    try {
      return REG.decode(oid, ColumnDescriptor.TEXT, buf, 0, buf.readableBytes(), type);
    } finally {
      buf.release();
    }
  }

  private static <T> T decodeBinaryAs(int oid, String hex, Class<T> type) {
    ByteBuf buf = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex));
    try {
      return REG.decode(oid, ColumnDescriptor.BINARY, buf, 0, buf.readableBytes(), type);
    } finally {
      buf.release();
    }
  }

  private static String encode(Object value, int oid, boolean binary) {
    ByteBuf out = Unpooled.buffer();
    try {
      REG.encodeParameter(value, oid, binary, out);
      return ByteBufUtil.hexDump(out);
    } finally {
      out.release();
    }
  }

  private static String text(Object value, int oid) {
    return new String(ByteBufUtil.decodeHexDump(encode(value, oid, false)), StandardCharsets.UTF_8);
  }
}
