package io.pgloop.embedded.impl;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Stops a server, and deletes its directories, when its JVM dies without running shutdown hooks
 * (killed by a build tool's timeout, say), so that no orphaned server keeps running on the machine.
 *
 * <p>A small shell loop, started per server, polls whether the JVM is alive. {@link #cancel()} ends
 * it before the JVM stops the server itself, so that it never signals a recycled pid.
 */
final class Watchdog {

  /** $1: the JVM's pid, $2: the server's pid, $3 and $4: the directories to delete. */
  private static final String SCRIPT =
      String.join(
          "\n",
          "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done",
          "kill -INT \"$2\" 2>/dev/null",
          "i=0",
          "while [ $i -lt 10 ] && kill -0 \"$2\" 2>/dev/null; do sleep 1; i=$((i+1)); done",
          "kill -0 \"$2\" 2>/dev/null && kill -KILL \"$2\"",
          "rm -rf \"$3\" \"$4\"");

  private final Process process;

  private Watchdog(Process process) {
    this.process = process;
  }

  /** Starts watching; on Windows, or without {@code /bin/sh}, there is no watchdog. */
  static Watchdog start(long serverPid, ServerDirectories directories) {
    if (File.separatorChar == '\\' || !new File("/bin/sh").canExecute()) {
      return new Watchdog(null);
    }
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      "/bin/sh",
                      "-c",
                      SCRIPT,
                      "pgloop-watchdog",
                      Long.toString(ProcessHandle.current().pid()),
                      Long.toString(serverPid),
                      directories.base().toString(),
                      directories.socket().toString()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      return new Watchdog(process);
    } catch (IOException e) {
      // Only a JVM killed outright would miss it; the server itself is fine.
      return new Watchdog(null);
    }
  }

  /** Stops watching: the JVM is stopping the server itself. */
  void cancel() {
    if (process != null) {
      process.destroyForcibly();
    }
  }
}
