package io.pgloop.impl.pubsub;

import java.nio.charset.StandardCharsets;

/** Channel names checked and quoted for LISTEN and UNLISTEN. */
final class ChannelNames {

  /** PostgreSQL's longest identifier, in bytes (NAMEDATALEN - 1); longer ones are truncated. */
  static final int MAX_NAME_BYTES = 63;

  private ChannelNames() {}

  /**
   * {@code name} as a quoted identifier: in double quotes, each double quote doubled. Quoting keeps
   * the name exact (case, spaces, quotes, any character), as {@code pg_notify} takes it as text,
   * and makes SQL in a name just a strange name.
   *
   * @throws IllegalArgumentException when the name is empty (no identifier is), holds a NUL
   *     character (which the protocol cannot carry) or is longer than 63 bytes in UTF-8: the server
   *     would LISTEN on the truncated name, and notifications would never match the one asked for
   */
  static String quote(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a channel name must not be empty");
    }
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "channel name \"" + name.replace("\0", "\\0") + "\" holds a NUL character");
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_NAME_BYTES) {
      throw new IllegalArgumentException(
          "channel name \""
              + name
              + "\" is "
              + bytes
              + " bytes long in UTF-8; PostgreSQL names hold at most "
              + MAX_NAME_BYTES);
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
