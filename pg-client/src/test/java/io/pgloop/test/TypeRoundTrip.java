package io.pgloop.test;

import static io.pgloop.test.PgTestBase.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.Unpooled;
import io.pgloop.PgConnection;
import io.pgloop.PreparedStatement;
import io.pgloop.Row;
import io.pgloop.Tuple;
import io.pgloop.data.PgValue;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.spi.PgCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The three checks of the type round-trip matrix, run for one value of one type on a connection
 * whose settings are pinned to those the codecs assume:
 *
 * <ol>
 *   <li>the value, sent as a parameter of the type (binary where the codec has a binary form) and
 *       read back in binary, is equal;
 *   <li>the server's text of the sent value (its output function, through {@code format('%s')})
 *       equals the codec's text form; where the server renders the type in its own way (jsonb's
 *       spacing, money's currency symbol), the codec reads the server's text back to the value
 *       instead;
 *   <li>that text as a server literal decodes to the value in the text format (simple query) and in
 *       binary (a prepared statement).
 * </ol>
 */
public final class TypeRoundTrip {

  /** Float output before PostgreSQL 12 is 17 digits with extra_float_digits=3, not shortest. */
  public static final int SHORTEST_FLOATS = 120000;

  /** The server's text is its own (jsonb, money): compared by decoding it. */
  public static final int NORMALISED = Integer.MAX_VALUE;

  /**
   * One value of one type.
   *
   * @param type the type as SQL writes it ({@code int4}, {@code "char"}, {@code int4[]})
   * @param value the value, or null for NULL
   * @param since the server version from which the type or value exists (0 for all)
   * @param exactTextSince the server version from which its text equals the codec's
   */
  public record Case(String type, Object value, int since, int exactTextSince) {

    /** The same case, for servers from that version on. */
    public Case since(int version) {
      return new Case(type, value, version, Math.max(exactTextSince, version));
    }

    /** The same case, its text compared exactly only from that version on. */
    public Case exactTextSince(int version) {
      return new Case(type, value, since, version);
    }

    @Override
    public String toString() {
      String text =
          value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
      return type + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
    }
  }

  /** A case for every server version. */
  public static Case of(String type, Object value) {
    return new Case(type, value, 0, 0);
  }

  /** The cases of one type. */
  public static Stream<Case> all(String type, Object... values) {
    return Arrays.stream(values).map(v -> of(type, v));
  }

  private TypeRoundTrip() {}

  /** The session settings whose text forms the codecs read and write (pgloop sets the others). */
  public static void pinSettings(PgConnection connection) {
    await(connection.query("SET TimeZone = 'UTC'; SET IntervalStyle = 'postgres'").execute());
  }

  /** One dynamic test per case, all on one connection. */
  public static Stream<DynamicTest> tests(PgConnection connection, List<Case> cases) {
    pinSettings(connection);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(connection, c)));
  }

  /** Runs the three checks for one case. */
  public static void check(PgConnection connection, Case c) {
    int version = connection.serverVersionNumber();
    assumeTrue(version >= c.since(), c.type() + " needs PostgreSQL " + c.since() + " or later");
    Row sent =
        one(
            connection,
            "SELECT $1::" + c.type() + ", format('%s', $1::" + c.type() + ")",
            Tuple.of(PgValue.of(c.type(), c.value())));
    if (c.value() == null) {
      assertThat(sent.isNull(0)).as("NULL read back").isTrue();
      return;
    }
    assertThat(sent.getValue(0)).as("sent in binary and read back").isEqualTo(c.value());
    String serverText = sent.getString(1);
    PgCodec<Object> codec = codec(c.type());
    if (version >= c.exactTextSince()) {
      assertThat(serverText)
          .as("server text vs codec text")
          .isEqualTo(codec.encodeText(codec.coerce(c.value())));
    } else {
      byte[] bytes = serverText.getBytes(StandardCharsets.UTF_8);
      assertThat(codec.decodeText(Unpooled.wrappedBuffer(bytes), 0, bytes.length))
          .as("server text read by the codec")
          .isEqualTo(c.value());
    }
    String literal = "SELECT '" + serverText.replace("'", "''") + "'::" + c.type();
    Row text = await(connection.query(literal).execute()).iterator().next();
    assertThat(text.getValue(0)).as("literal in text").isEqualTo(c.value());
    assertThat(one(connection, literal, null).getValue(0))
        .as("literal in binary")
        .isEqualTo(c.value());
  }

  /**
   * A literal of the type, as the server reads it, decodes to the expected value in both formats.
   */
  public static void checkLiteral(PgConnection connection, String literal, Object expected) {
    Row text = await(connection.query("SELECT " + literal).execute()).iterator().next();
    assertThat(text.getValue(0)).as("text").isEqualTo(expected);
    assertThat(one(connection, "SELECT " + literal, null).getValue(0))
        .as("binary")
        .isEqualTo(expected);
  }

  /** The single row of a statement prepared explicitly, so that results come in binary. */
  private static Row one(PgConnection connection, String sql, Tuple parameters) {
    PreparedStatement statement = await(connection.prepare(sql));
    try {
      return await(
              parameters == null
                  ? statement.query().execute()
                  : statement.query().execute(parameters))
          .iterator()
          .next();
    } finally {
      await(statement.close());
    }
  }

  @SuppressWarnings("unchecked")
  private static PgCodec<Object> codec(String type) {
    CodecRegistry registry = CodecRegistry.builtIns();
    String name = type.replace("\"", "");
    boolean array = name.endsWith("[]");
    name = array ? name.substring(0, name.length() - 2) : name;
    PgCodec<?> codec = registry.byName(name);
    if (array) {
      codec = registry.byOid(codec.arrayTypeOid());
    }
    return (PgCodec<Object>) codec;
  }
}
