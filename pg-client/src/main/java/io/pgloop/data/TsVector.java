package io.pgloop.data;

import java.util.Arrays;
import java.util.List;

/**
 * A value of PostgreSQL's {@code tsvector}: a document reduced to its lexemes, each with the
 * positions where it occurs and a weight per position. The server keeps lexemes sorted (by their
 * UTF-8 bytes) and unique, and positions ascending: a value read from the server is in that form,
 * and equals another of the same lexemes only if both are. {@link #toString()} is the server's text
 * form.
 *
 * @param lexemes the lexemes, in the server's order
 */
public record TsVector(List<Lexeme> lexemes) {

  /** An empty vector, {@code ''::tsvector}. */
  public static final TsVector EMPTY = new TsVector(List.of());

  /** Copies the list, which must not be null nor hold null. */
  public TsVector {
    lexemes = List.copyOf(lexemes);
  }

  /** A vector of the given lexemes. */
  public static TsVector of(Lexeme... lexemes) {
    return new TsVector(List.of(lexemes));
  }

  /** The server's text form: {@code 'a' 'fat':2A,4 'it''s':1}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Lexeme lexeme : lexemes) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      lexeme.appendTo(text);
    }
    return text.toString();
  }

  /**
   * One word of a vector and where it occurs.
   *
   * @param word the lexeme, not empty
   * @param positions its positions, ascending; empty for a lexeme without positions
   */
  public record Lexeme(String word, List<Position> positions) {

    /**
     * Checks the word and copies the positions.
     *
     * @throws IllegalArgumentException for an empty word
     */
    public Lexeme {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("a tsvector lexeme cannot be empty");
      }
      positions = List.copyOf(positions);
    }

    /** A lexeme at the given positions, all of weight D (the default). */
    public static Lexeme of(String word, int... positions) {
      return new Lexeme(
          word, Arrays.stream(positions).mapToObj(p -> new Position(p, 'D')).toList());
    }

    void appendTo(StringBuilder text) {
      quote(word, text);
      for (int i = 0; i < positions.size(); i++) {
        text.append(i == 0 ? ':' : ',').append(positions.get(i));
      }
    }
  }

  /**
   * Where a lexeme occurs, and how much that occurrence weighs.
   *
   * @param position from 1 to 16383
   * @param weight 'A' (highest) to 'D' (the default)
   */
  public record Position(int position, char weight) {

    /**
     * Checks the range of both fields.
     *
     * @throws IllegalArgumentException {@code tsvector position 0 is out of range 1..16383}, or
     *     {@code tsvector weight 'E' is not one of A, B, C, D}
     */
    public Position {
      if (position < 1 || position > 16383) {
        throw new IllegalArgumentException(
            "tsvector position " + position + " is out of range 1..16383");
      }
      if (weight < 'A' || weight > 'D') {
        throw new IllegalArgumentException(
            "tsvector weight '" + weight + "' is not one of A, B, C, D");
      }
    }

    /** The position then its weight, D being left out as the server does: {@code 3A}, {@code 4}. */
    @Override
    public String toString() {
      return weight == 'D' ? Integer.toString(position) : position + String.valueOf(weight);
    }
  }

  /** Appends a lexeme in quotes as the server writes it, doubling quotes and backslashes. */
  private static void quote(String word, StringBuilder text) {
    text.append('\'');
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\\') {
        text.append(c);
      }
      text.append(c);
    }
    text.append('\'');
  }
}
