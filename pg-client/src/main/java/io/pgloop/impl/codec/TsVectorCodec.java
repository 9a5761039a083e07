package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.TsVector;
import io.pgloop.data.TsVector.Lexeme;
import io.pgloop.data.TsVector.Position;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tsvector} as a {@link TsVector}. A String is accepted where the type is declared, parsed
 * as the server's input syntax.
 *
 * <pre>
 * binary (tsvectorsend):  int32 count, then per lexeme:
 *   UTF-8 bytes, 0 | int16 npos | npos x uint16 (weight &lt;&lt; 14 | position), weight 3 = A .. 0 = D
 * </pre>
 */
final class TsVectorCodec extends BaseCodec<TsVector> {

  TsVectorCodec() {
    super("tsvector", 3614, 3643, TsVector.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof TsVector || value instanceof CharSequence;
  }

  @Override
  public TsVector coerce(Object value) {
    if (value instanceof TsVector vector) {
      return vector;
    }
    if (value instanceof CharSequence text) {
      return parse(text.toString());
    }
    throw cannotEncode(value);
  }

  @Override
  public void encodeBinary(TsVector value, ByteBuf out) {
    out.writeInt(value.lexemes().size());
    for (Lexeme lexeme : value.lexemes()) {
      out.writeCharSequence(lexeme.word(), StandardCharsets.UTF_8);
      out.writeByte(0);
      out.writeShort(lexeme.positions().size());
      for (Position p : lexeme.positions()) {
        out.writeShort(('D' - p.weight()) << 14 | p.position());
      }
    }
  }

  @Override
  public TsVector decodeBinary(ByteBuf buf, int index, int length) {
    int end = index + length;
    int count = buf.getInt(index);
    int at = index + 4;
    List<Lexeme> lexemes = new ArrayList<>(Math.min(count, length / 3));
    for (int i = 0; i < count; i++) {
      int zero = buf.indexOf(at, end, (byte) 0);
      if (zero < 0) {
        throw invalid("lexeme " + i + " of " + count + " is not terminated");
      }
      String word = utf8(buf, at, zero - at);
      int positions = buf.getUnsignedShort(zero + 1);
      at = zero + 3;
      List<Position> list = new ArrayList<>(positions);
      for (int j = 0; j < positions; j++, at += 2) {
        int packed = buf.getUnsignedShort(at);
        list.add(new Position(packed & 0x3fff, (char) ('D' - (packed >>> 14))));
      }
      lexemes.add(new Lexeme(word, list));
    }
    if (at != end) {
      throw invalid((end - at) + " bytes left after " + count + " lexemes");
    }
    return new TsVector(lexemes);
  }

  @Override
  public String encodeText(TsVector value) {
    return value.toString();
  }

  @Override
  public TsVector decodeText(ByteBuf buf, int index, int length) {
    return parse(utf8(buf, index, length));
  }

  /**
   * Reads the server's syntax: lexemes separated by spaces, quoted ({@code 'it''s'}) or bare, a
   * backslash escaping the next character, each with optional {@code :1A,2} positions.
   */
  private TsVector parse(String text) {
    List<Lexeme> lexemes = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (true) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == n) {
        return new TsVector(lexemes);
      }
      StringBuilder word = new StringBuilder();
      boolean quoted = text.charAt(i) == '\'';
      i += quoted ? 1 : 0;
      while (true) {
        if (i == n) {
          if (quoted) {
            throw invalid("unterminated quoted lexeme in \"" + text + "\"");
          }
          break;
        }
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < n) {
          word.append(text.charAt(i + 1));
          i += 2;
        } else if (quoted && c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
          word.append(c);
          i += 2;
        } else if (quoted ? c == '\'' : Character.isWhitespace(c) || c == ':') {
          i += quoted ? 1 : 0;
          break;
        } else {
          word.append(c);
          i++;
        }
      }
      List<Position> positions = new ArrayList<>();
      if (i < n && text.charAt(i) == ':') {
        do {
          int start = ++i;
          while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
          }
          if (start == i) {
            throw invalid("missing position in \"" + text + "\"");
          }
          int position = Math.min(Integer.parseInt(text.substring(start, i)), 16383);
          char weight = i < n ? Character.toUpperCase(text.charAt(i)) : ' ';
          boolean weighted = weight >= 'A' && weight <= 'D';
          i += weighted ? 1 : 0;
          positions.add(new Position(position, weighted ? weight : 'D'));
        } while (i < n && text.charAt(i) == ',');
      }
      lexemes.add(new Lexeme(word.toString(), positions));
    }
  }
}
