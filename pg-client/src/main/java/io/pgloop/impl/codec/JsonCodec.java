package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code json} (OID 114) and {@code jsonb} (OID 3802), decoded with Vert.x's {@link Json}: a {@link
 * JsonObject}, a {@link JsonArray}, a String, a Number, a Boolean, or null for the JSON literal
 * {@code null} (which is not SQL NULL: {@code Row.isNull} tells them apart).
 *
 * <p>Encodes a JsonObject, JsonArray, Map, List, Number or Boolean as its JSON text. A String (any
 * CharSequence) is taken to be JSON text already and sent as it is, the same as when a String is
 * bound without a declared type and the server parses it: {@code '{"a":1}'} stays an object, not a
 * JSON string.
 *
 * <p>Binary: {@code json} is the UTF-8 text; {@code jsonb} is a version byte (1) followed by the
 * UTF-8 text.
 */
final class JsonCodec extends BaseCodec<Object> {

  private final boolean jsonb;

  JsonCodec(boolean jsonb) {
    super(jsonb ? "jsonb" : "json", jsonb ? 3802 : 114, jsonb ? 3807 : 199, Object.class);
    this.jsonb = jsonb;
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof JsonObject
        || value instanceof JsonArray
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Map
        || value instanceof List;
  }

  @Override
  public Object coerce(Object value) {
    if (!canEncode(value)) {
      throw cannotEncode(value);
    }
    return value;
  }

  @Override
  public void encodeBinary(Object value, ByteBuf out) {
    if (jsonb) {
      out.writeByte(1);
    }
    out.writeCharSequence(encodeText(value), StandardCharsets.UTF_8);
  }

  @Override
  public Object decodeBinary(ByteBuf buf, int index, int length) {
    if (jsonb) {
      if (length < 1 || buf.getByte(index) != 1) {
        throw invalid("unknown jsonb version " + (length < 1 ? "(empty)" : buf.getByte(index)));
      }
      return decodeText(buf, index + 1, length - 1);
    }
    return decodeText(buf, index, length);
  }

  @Override
  public String encodeText(Object value) {
    if (value instanceof CharSequence) {
      return value.toString();
    }
    return Json.encode(value);
  }

  @Override
  public Object decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    try {
      return Json.decodeValue(s);
    } catch (DecodeException e) {
      throw invalid(e.getMessage());
    }
  }
}
