package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.spi.PgTypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code hstore} extension's type, as a {@code Map<String, String>} (values may be null; the
 * map keeps the server's order). Its OID differs per database, so the codec is made when a
 * connection registers {@code hstore} by name (see {@link BuiltInCodecs#codecFor}).
 *
 * <p>Text: {@code "key"=>"value", "k2"=>NULL}, quotes and backslashes escaped with a backslash.
 */
@SuppressWarnings("rawtypes")
final class HstoreCodec extends BaseCodec<Map> {

  HstoreCodec(PgTypeInfo info) {
    super(info.name(), info.oid(), info.arrayOid(), Map.class);
  }

  @Override
  public Map coerce(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw cannotEncode(value);
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String)
          || (e.getValue() != null && !(e.getValue() instanceof String))) {
        throw new IllegalArgumentException(
            "cannot encode a map with "
                + describe(e.getKey())
                + " keys and "
                + describe(e.getValue())
                + " values as "
                + typeName()
                + ": String to String only");
      }
    }
    return map;
  }

  private static String describe(Object o) {
    return o == null ? "null" : o.getClass().getName();
  }

  /*
   * Binary layout (hstore_send):
   *   int32 pair count
   *   per pair: int32 key length | key (UTF-8) | int32 value length (-1 for NULL) | value
   */
  @Override
  @SuppressWarnings("unchecked")
  public void encodeBinary(Map value, ByteBuf out) {
    out.writeInt(value.size());
    for (Map.Entry<String, String> e : ((Map<String, String>) value).entrySet()) {
      writeString(e.getKey(), out);
      if (e.getValue() == null) {
        out.writeInt(-1);
      } else {
        writeString(e.getValue(), out);
      }
    }
  }

  private static void writeString(String s, ByteBuf out) {
    int at = out.writerIndex();
    out.writeInt(0);
    out.setInt(at, out.writeCharSequence(s, StandardCharsets.UTF_8));
  }

  @Override
  public Map decodeBinary(ByteBuf buf, int index, int length) {
    int end = index + length;
    if (length < 4) {
      throw invalid(length + " bytes");
    }
    int count = buf.getInt(index);
    int at = index + 4;
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String[] pair = new String[2];
      for (int j = 0; j < 2; j++) {
        if (at + 4 > end) {
          throw invalid("ends inside pair " + (i + 1));
        }
        int n = buf.getInt(at);
        at += 4;
        if (n >= 0) {
          if (at + n > end) {
            throw invalid("pair " + (i + 1) + " overruns the value");
          }
          pair[j] = utf8(buf, at, n);
          at += n;
        }
      }
      map.put(pair[0], pair[1]);
    }
    return map;
  }

  @Override
  @SuppressWarnings("unchecked")
  public String encodeText(Map value) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : ((Map<String, String>) value).entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      quote(sb, e.getKey());
      sb.append("=>");
      if (e.getValue() == null) {
        sb.append("NULL");
      } else {
        quote(sb, e.getValue());
      }
    }
    return sb.toString();
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  @Override
  public Map decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    Map<String, String> map = new LinkedHashMap<>();
    int[] pos = {0};
    skipSpace(s, pos);
    while (pos[0] < s.length()) {
      String key = token(s, pos, true);
      skipSpace(s, pos);
      if (!s.startsWith("=>", pos[0])) {
        throw invalid("\"" + s + "\": '=>' expected at position " + pos[0]);
      }
      pos[0] += 2;
      skipSpace(s, pos);
      map.put(key, token(s, pos, false));
      skipSpace(s, pos);
      if (pos[0] < s.length()) {
        if (s.charAt(pos[0]) != ',') {
          throw invalid("\"" + s + "\": ',' expected at position " + pos[0]);
        }
        pos[0]++;
        skipSpace(s, pos);
      }
    }
    return map;
  }

  /** A quoted or bare key or value; a bare NULL value is null. */
  private String token(String s, int[] pos, boolean key) {
    StringBuilder sb = new StringBuilder();
    boolean quoted = pos[0] < s.length() && s.charAt(pos[0]) == '"';
    if (quoted) {
      pos[0]++;
    }
    while (pos[0] < s.length()) {
      char c = s.charAt(pos[0]);
      if (quoted ? c == '"' : (c == ',' || c == '=' || Character.isWhitespace(c))) {
        break;
      }
      if (c == '\\' && pos[0] + 1 < s.length()) {
        c = s.charAt(++pos[0]);
      }
      sb.append(c);
      pos[0]++;
    }
    if (quoted) {
      if (pos[0] >= s.length()) {
        throw invalid("\"" + s + "\": unterminated quotes");
      }
      pos[0]++;
      return sb.toString();
    }
    String bare = sb.toString();
    return !key && bare.equalsIgnoreCase("NULL") ? null : bare;
  }

  private static void skipSpace(String s, int[] pos) {
    while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
      pos[0]++;
    }
  }
}
