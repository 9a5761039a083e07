package io.pgloop.impl.options;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as libpq's URIs use it: {@code %xx} anywhere stands for the byte xx, bytes form
 * UTF-8, and {@code +} is a plus sign, not a space.
 */
public final class PercentCodec {

  private PercentCodec() {}

  /**
   * Decodes {@code %xx} sequences.
   *
   * @param secret whether {@code s} is a password, to be left out of error messages
   * @throws IllegalArgumentException {@code invalid percent-encoded token: "%4"}, {@code forbidden
   *     value %00 in percent-encoded value: "a%00"}
   */
  public static String decode(String s, boolean secret) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    String shown = secret ? "***" : s;
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c != '%') {
        int end = i + Character.charCount(s.codePointAt(i));
        out.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
        continue;
      }
      int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("invalid percent-encoded token: \"" + shown + "\"");
      }
      int b = (hi << 4) | lo;
      if (b == 0) {
        throw new IllegalArgumentException(
            "forbidden value %00 in percent-encoded value: \"" + shown + "\"");
      }
      out.write(b);
      i += 3;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Encodes every byte of the UTF-8 form of {@code s} except the URI's unreserved characters
   * ({@code A-Z a-z 0-9 - . _ ~}) and those in {@code keep}.
   */
  public static String encode(String s, String keep) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || (c < 0x80 && keep.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
