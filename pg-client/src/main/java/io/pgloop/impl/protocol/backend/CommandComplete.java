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
   * The number of rows the statement processed: the tag's last number for INSERT, UPDATE, DELETE,
   * SELECT, MERGE, COPY, FETCH and MOVE; 0 for every other command or a tag without a count (COPY
   * before 8.2).
   */
  public long rows() {
    int space = tag.lastIndexOf(' ');
    if (space < 0 || !countsRows(command())) {
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
    int end = tag.length();
    int space;
    while ((space = tag.lastIndexOf(' ', end - 1)) >= 0 && isNumber(space + 1, end)) {
      end = space;
    }
    return end == tag.length() ? tag : tag.substring(0, end);
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

  private static boolean countsRows(String command) {
    return switch (command) {
      case "INSERT", "UPDATE", "DELETE", "SELECT", "MERGE", "COPY", "FETCH", "MOVE" -> true;
      default -> false;
    };
  }
}
