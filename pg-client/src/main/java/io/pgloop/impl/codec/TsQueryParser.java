package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.TsQueryCodec.AND;
import static io.pgloop.impl.codec.TsQueryCodec.NOT;
import static io.pgloop.impl.codec.TsQueryCodec.OR;
import static io.pgloop.impl.codec.TsQueryCodec.PHRASE;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses tsquery text as the server's tsqueryin reads it and writes its binary form. Grammar, each
 * binary operator left-associative, {@code !} binding tightest, then {@code <->}, {@code &}, {@code
 * |}:
 *
 * <pre>
 * or      = and ('|' and)*          phrase  = unary ('&lt;-&gt;' | '&lt;' N '&gt;' unary)*
 * and     = phrase ('&amp;' phrase)*    unary   = '!' unary | '(' or ')' | operand
 * operand = ('quoted' | bare) [':' [*ABCD]*]
 * </pre>
 */
final class TsQueryParser {

  /** A parsed query: an operand (word set) or an operator with one or two operands. */
  private record Node(int oper, int distance, Node left, Node right, String word, int weights) {}

  private final String text;
  private int at;

  TsQueryParser(String text) {
    this.text = text;
  }

  /**
   * Writes the binary form.
   *
   * @throws IllegalArgumentException naming the position where the text stops being a tsquery
   */
  void writeTo(ByteBuf out) {
    skipSpaces();
    if (at == text.length()) {
      out.writeInt(0);
      return;
    }
    Node root = binary(OR);
    skipSpaces();
    if (at != text.length()) {
      throw error("unexpected '" + text.charAt(at) + "'");
    }
    List<Node> items = new ArrayList<>();
    prefixOrder(root, items);
    out.writeInt(items.size());
    for (Node item : items) {
      if (item.word != null) {
        out.writeByte(TsQueryCodec.OPERAND).writeByte(item.weights & 15);
        out.writeByte(item.weights >> 4);
        out.writeCharSequence(item.word, StandardCharsets.UTF_8);
        out.writeByte(0);
      } else {
        out.writeByte(TsQueryCodec.OPERATOR).writeByte(item.oper);
        if (item.oper == PHRASE) {
          out.writeShort(item.distance);
        }
      }
    }
  }

  /** The server's item order: an operator, then its right operand, then its left one. */
  private static void prefixOrder(Node node, List<Node> items) {
    items.add(node);
    if (node.right != null) {
      prefixOrder(node.right, items);
    }
    if (node.left != null) {
      prefixOrder(node.left, items);
    }
  }

  /** Parses operators of one priority (OR, AND or PHRASE) and what binds tighter. */
  private Node binary(int oper) {
    Node left = oper == OR ? binary(AND) : oper == AND ? binary(PHRASE) : unary();
    while (true) {
      skipSpaces();
      int distance = 0;
      if (oper == OR && accept("|") || oper == AND && accept("&")) {
        distance = 0;
      } else if (oper == PHRASE && accept("<")) {
        distance = accept("-") ? 1 : number();
        expect(">");
      } else {
        return left;
      }
      Node right = oper == OR ? binary(AND) : oper == AND ? binary(PHRASE) : unary();
      left = new Node(oper, distance, left, right, null, 0);
    }
  }

  private Node unary() {
    skipSpaces();
    if (accept("!")) {
      return new Node(NOT, 0, null, unary(), null, 0);
    }
    if (accept("(")) {
      Node inner = binary(OR);
      skipSpaces();
      expect(")");
      return inner;
    }
    return operand();
  }

  private Node operand() {
    StringBuilder word = new StringBuilder();
    boolean quoted = accept("'");
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\\' && at + 1 < text.length()) {
        word.append(text.charAt(at + 1));
        at += 2;
      } else if (quoted && c == '\'') {
        if (!text.startsWith("''", at)) {
          break;
        }
        word.append(c);
        at += 2;
      } else if (!quoted && (Character.isWhitespace(c) || "!&|()<:".indexOf(c) >= 0)) {
        break;
      } else {
        word.append(c);
        at++;
      }
    }
    if (quoted) {
      expect("'");
    }
    if (word.isEmpty()) {
      throw error("missing operand");
    }
    int weights = 0;
    if (accept(":")) {
      for (; at < text.length(); at++) {
        int flag = "DCBA*".indexOf(Character.toUpperCase(text.charAt(at)));
        if (flag < 0) {
          break;
        }
        weights |= 1 << flag;
      }
    }
    return new Node(0, 0, null, null, word.toString(), weights);
  }

  private int number() {
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 6) {
      at++;
    }
    if (start == at) {
      throw error("missing distance");
    }
    return Integer.parseInt(text, start, at, 10);
  }

  private boolean accept(String token) {
    if (text.startsWith(token, at)) {
      at += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("expected '" + token + "'");
    }
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(
        "invalid tsquery \"" + text + "\": " + problem + " at character " + at);
  }
}
