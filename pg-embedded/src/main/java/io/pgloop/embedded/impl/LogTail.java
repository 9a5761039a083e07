package io.pgloop.embedded.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a server log, for error messages. */
public final class LogTail {
  private LogTail() {}

  /**
   * Returns the last {@code lines} lines of the file, or a note that it cannot be read.
   *
   * @param log the log file
   * @param lines how many lines at most
   */
  public static String of(Path log, int lines) {
    try {
      List<String> all =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
      return "--- last " + tail.size() + " lines of " + log + " ---\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "(no log at " + log + ": " + e + ")";
    }
  }
}
