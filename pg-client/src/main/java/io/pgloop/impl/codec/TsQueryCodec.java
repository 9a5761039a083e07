package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.TsQuery;
import java.nio.charset.StandardCharsets;

/**
 * {@code tsquery} as a {@link TsQuery}, whose text is parsed when it is sent ({@link
 * TsQueryParser}) and rendered from the binary form as the server's tsqueryout does.
 *
 * <pre>
 * binary (tsquerysend): int32 count, then count items in prefix order, an operator's right operand
 * before its left one:
 *   operand:  int8 1 | int8 weights (A = 8, B = 4, C = 2, D = 1) | int8 prefix | UTF-8 bytes, 0
 *   operator: int8 2 | int8 oper (1 NOT, 2 AND, 3 OR, 4 PHRASE) | int16 distance if PHRASE
 * </pre>
 */
final class TsQueryCodec extends BaseCodec<TsQuery> {

  static final int OPERAND = 1;
  static final int OPERATOR = 2;
  static final int NOT = 1;
  static final int AND = 2;
  static final int OR = 3;
  static final int PHRASE = 4;

  TsQueryCodec() {
    super("tsquery", 3615, 3645, TsQuery.class);
  }

  /** How tightly an operator binds, as the server's tsearch_op_priority has it. */
  static int priority(int oper) {
    return switch (oper) {
      case NOT -> 4;
      case PHRASE -> 3;
      case AND -> 2;
      case OR -> 1;
      default -> throw new IllegalArgumentException("invalid tsquery operator " + oper);
    };
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof TsQuery || value instanceof CharSequence;
  }

  /**
   * Whether a parameter value must travel as text: the empty query, which the server writes in
   * binary but refuses to read back in binary, and reads as text.
   */
  static boolean needsText(Object value) {
    String text =
        value instanceof TsQuery query
            ? query.text()
            : value instanceof CharSequence chars ? chars.toString() : null;
    return text != null && text.isBlank();
  }

  @Override
  public TsQuery coerce(Object value) {
    if (value instanceof TsQuery query) {
      return query;
    }
    if (value instanceof CharSequence text) {
      return new TsQuery(text.toString());
    }
    throw cannotEncode(value);
  }

  /**
   * Parses the text and writes its items.
   *
   * @throws IllegalArgumentException for text that is not a tsquery, and for the empty query (see
   *     {@link #needsText}): a parameter travels as text then, but an array element cannot
   */
  @Override
  public void encodeBinary(TsQuery value, ByteBuf out) {
    if (value.text().isBlank()) {
      throw new IllegalArgumentException(
          "cannot encode an empty io.pgloop.data.TsQuery as tsquery in binary: PostgreSQL reads"
              + " none; bind it alone (it is sent as text) or write ''::tsquery in the SQL");
    }
    new TsQueryParser(value.text()).writeTo(out);
  }

  @Override
  public TsQuery decodeBinary(ByteBuf buf, int index, int length) {
    int count = buf.getInt(index);
    Renderer renderer = new Renderer(buf, index + 4, index + length);
    String text = count == 0 ? "" : renderer.infix(0, false);
    if (renderer.at != index + length) {
      throw invalid((index + length - renderer.at) + " bytes left after " + count + " items");
    }
    return new TsQuery(text);
  }

  @Override
  public String encodeText(TsQuery value) {
    return value.text();
  }

  @Override
  public TsQuery decodeText(ByteBuf buf, int index, int length) {
    return new TsQuery(utf8(buf, index, length));
  }

  /** Walks the items once, writing parentheses only where the server's infix() writes them. */
  private final class Renderer {
    private final ByteBuf buf;
    private final int end;
    private int at;

    Renderer(ByteBuf buf, int at, int end) {
      this.buf = buf;
      this.at = at;
      this.end = end;
    }

    String infix(int parentPriority, boolean rightOfPhrase) {
      if (at >= end) {
        throw invalid("item missing at byte " + at);
      }
      int type = buf.getByte(at);
      if (type == OPERAND) {
        return operand();
      }
      if (type != OPERATOR) {
        throw invalid("item type " + type);
      }
      int oper = buf.getByte(at + 1);
      int priority = priority(oper);
      if (oper == NOT) {
        at += 2;
        String operand = infix(priority, false);
        return priority < parentPriority ? "( !" + operand + " )" : "!" + operand;
      }
      int distance = oper == PHRASE ? buf.getShort(at + 2) : 0;
      at += oper == PHRASE ? 4 : 2;
      String right = infix(priority, oper == PHRASE);
      String left = infix(priority, false);
      String symbol =
          switch (oper) {
            case AND -> "&";
            case OR -> "|";
            default -> distance == 1 ? "<->" : "<" + distance + ">";
          };
      String text = left + " " + symbol + " " + right;
      boolean parenthesised = priority < parentPriority || (oper == PHRASE && rightOfPhrase);
      return parenthesised ? "( " + text + " )" : text;
    }

    private String operand() {
      int weights = buf.getByte(at + 1);
      boolean prefix = buf.getByte(at + 2) != 0;
      int zero = buf.indexOf(at + 3, end, (byte) 0);
      if (zero < 0) {
        throw invalid("operand at byte " + at + " is not terminated");
      }
      String word = buf.toString(at + 3, zero - at - 3, StandardCharsets.UTF_8);
      at = zero + 1;
      StringBuilder text = new StringBuilder("'");
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        text.append(c == '\'' || c == '\\' ? String.valueOf(c) + c : String.valueOf(c));
      }
      text.append('\'');
      if (weights != 0 || prefix) {
        text.append(':').append(prefix ? "*" : "");
        for (int bit = 3; bit >= 0; bit--) {
          if ((weights & (1 << bit)) != 0) {
            text.append((char) ('D' - bit));
          }
        }
      }
      return text.toString();
    }
  }
}
