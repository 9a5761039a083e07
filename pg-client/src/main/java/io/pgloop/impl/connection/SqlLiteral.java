package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.data.PgValue;
import io.pgloop.impl.codec.CodecRegistry;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Renders values as SQL literals and names as quoted identifiers: the one place that quotes, used
 * by client-side binding and by {@code io.pgloop.sql}.
 *
 * <p>A string literal is always written as an escape string, {@code E'...'} with every backslash
 * and quote doubled: it reads the same whatever {@code standard_conforming_strings} is, and it
 * starts with a letter, so a minus sign before it can never make a comment ({@code -E'-1'}, not
 * {@code --1}). Values of a known type carry a cast to it ({@code E'42'::int4}); strings, enum
 * constants and values the server types itself stay untyped literals, as they would as parameters.
 *
 * <p>Stateless and thread-safe.
 */
public final class SqlLiteral {

  private static final Pattern PLAIN_TYPE_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

  private SqlLiteral() {}

  /**
   * The literal of {@code value}: {@code NULL} for null ({@code NULL::type} for a typed {@link
   * PgValue} null), else its text form (the one its codec writes for a text-format parameter)
   * quoted, with a cast to the codec's type when it has one.
   *
   * @throws IllegalArgumentException when no codec accepts the value ({@code cannot bind
   *     java.net.URL: no codec accepts it}), when it does not fit its type, or when its text holds
   *     a NUL character, which PostgreSQL text cannot hold
   */
  public static String render(Object value, CodecRegistry codecs) {
    if (value == null) {
      return "NULL";
    }
    int oid = codecs.parameterTypeOid(value);
    if (value instanceof PgValue typed && typed.value() == null) {
      return "NULL::" + typeName(codecs.byOid(oid).typeName());
    }
    ByteBuf text = Unpooled.buffer();
    String form;
    try {
      codecs.encodeParameter(value, oid, false, text);
      form = text.toString(StandardCharsets.UTF_8);
    } finally {
      text.release();
    }
    String quoted = quote(form);
    return oid == 0 ? quoted : quoted + "::" + typeName(codecs.byOid(oid).typeName());
  }

  /**
   * {@code text} as an escape string literal: {@code E'it''s \\ here'}.
   *
   * @throws IllegalArgumentException when {@code text} holds a NUL character
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append("E'");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new IllegalArgumentException(
            "a SQL literal cannot hold a NUL character (at index " + i + ")");
      }
      if (c == '\'' || c == '\\') {
        out.append(c);
      }
      out.append(c);
    }
    return out.append('\'').toString();
  }

  /**
   * {@code name} as a quoted identifier, {@code "my ""table"""}: the name kept exactly, case
   * included.
   *
   * @throws IllegalArgumentException when {@code name} is empty or holds a NUL character
   */
  public static String quoteIdentifier(String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an identifier cannot be empty");
    }
    if (name.indexOf(0) >= 0) {
      throw new IllegalArgumentException(
          "an identifier cannot hold a NUL character: " + name.replace('\0', '?'));
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * A codec's type name (a {@code pg_type.typname}) as it goes after {@code ::}: as is when plain,
   * else quoted. {@code bit} and {@code char} are quoted too: unquoted, the grammar reads them as
   * {@code bit(1)} and {@code character(1)}, which would cut the value.
   */
  private static String typeName(String name) {
    boolean plain =
        PLAIN_TYPE_NAME.matcher(name).matches() && !name.equals("bit") && !name.equals("char");
    return plain ? name : quoteIdentifier(name);
  }
}
