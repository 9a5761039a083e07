package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * CommandComplete ('C'): a statement finished.
 *
 * @param tag the command tag, such as {@code "INSERT 0 5"}, {@code "SELECT 3"} or {@code "CREATE
 *     TABLE"}
 */
public record CommandComplete(String tag) implements BackendMessage {

  /* CommandComplete ('C') body: String tag */
  static CommandComplete decode(ByteBuf payload) {
    return new CommandComplete(Payloads.readCString(payload, "command tag"));
  }

  /**
   * {@code previous} when the body in {@code in[from, to)} is the same tag, NUL-terminated with
   * nothing after it; otherwise null, and the caller decodes the body. A run of point selects ends
   * each with "SELECT 1": the decoder keeps the last message rather than decode the same string per
   * query. A byte equal to each char of an ASCII tag means the same tag, and a non-ASCII byte (read
   * as negative) equals no char, so the comparison cannot mistake one tag for another.
   */
  static CommandComplete same(CommandComplete previous, ByteBuf in, int from, int to) {
    if (previous == null) {
      return null;
    }
    String tag = previous.tag;
    int length = tag.length();
    if (to - from != length + 1 || in.getByte(from + length) != 0) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (in.getByte(from + i) != tag.charAt(i)) {
        return null;
      }
    }
    return previous;
  }

  /**
   * The number of rows the statement processed: the tag's last number for INSERT, UPDATE, DELETE,
   * SELECT, MERGE, COPY, FETCH and MOVE; 0 for every other command or a tag without a count (COPY
   * before 8.2).
   */
  public long rows() {
    int space = tag.lastIndexOf(' ');
    if (space < 0 || !countsRows(commandEnd())) {
      return 0;
    }
    try {
      return Long.parseLong(tag, space + 1, tag.length(), 10);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The command: the tag without its trailing numbers ({@code "INSERT"} for {@code "INSERT 0 5"},
   * {@code "CREATE TABLE"} for {@code "CREATE TABLE"}).
   */
  public String command() {
    int end = commandEnd();
    return end == tag.length() ? tag : tag.substring(0, end);
  }

  /** Where the command ends in the tag: before its trailing numbers. */
  private int commandEnd() {
    int end = tag.length();
    int space;
    while ((space = tag.lastIndexOf(' ', end - 1)) >= 0 && isNumber(space + 1, end)) {
      end = space;
    }
    return end;
  }

  private boolean isNumber(int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (tag.charAt(i) < '0' || tag.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static final String[] COUNTING = {
    "INSERT", "UPDATE", "DELETE", "SELECT", "MERGE", "COPY", "FETCH", "MOVE"
  };

  /** Whether {@code tag[0, end)} is a command whose tag counts rows; compared in place. */
  private boolean countsRows(int end) {
    for (String command : COUNTING) {
      if (command.length() == end && tag.startsWith(command)) {
        return true;
      }
    }
    return false;
  }
}
