package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs PostgreSQL's programs as a user they accept.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM is root, the programs run as {@code nobody}
 * through {@code setpriv} (or {@code su} where there is no setpriv), and the directories the server
 * writes are handed to {@code nobody} first. Otherwise the programs run as this JVM's user.
 */
public final class ProcessRunner {

  private static final String UNPRIVILEGED_USER = "nobody";

  private final List<String> prefix;
  private final UserPrincipal owner;

  private ProcessRunner(List<String> prefix, UserPrincipal owner) {
    this.prefix = prefix;
    this.owner = owner;
  }

  /**
   * The runner for this JVM.
   *
   * @throws EmbeddedPostgresException when running as root without a way to drop privileges
   */
  public static ProcessRunner forCurrentUser() {
    if (!isRoot()) {
      return new ProcessRunner(List.of(), null);
    }
    UserPrincipal nobody;
    try {
      nobody =
          Path.of("/")
              .getFileSystem()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName(UNPRIVILEGED_USER);
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "This JVM runs as root, which PostgreSQL refuses, and there is no user '"
              + UNPRIVILEGED_USER
              + "' to run it as. Run the tests as an ordinary user.",
          e);
    }
    if (onPath("setpriv")) {
      return new ProcessRunner(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED_USER,
              "--regid=" + primaryGroupOf(UNPRIVILEGED_USER),
              "--clear-groups"),
          nobody);
    }
    if (onPath("su")) {
      return new ProcessRunner(List.of("su", "-s", "/bin/sh", UNPRIVILEGED_USER, "-c"), nobody);
    }
    throw new EmbeddedPostgresException(
        "This JVM runs as root, which PostgreSQL refuses, and neither setpriv nor su is on the"
            + " PATH to run it as '"
            + UNPRIVILEGED_USER
            + "'. Install util-linux or run the tests as an ordinary user.");
  }

  /**
   * Where the server's files go: {@code java.io.tmpdir}, unless the server runs as another user who
   * cannot reach it (a root JVM whose temporary directory is under {@code /root}); then {@code
   * /tmp}.
   */
  public Path temporaryRoot() {
    Path tmpdir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (owner == null || Files2.traversableByOthers(tmpdir)) {
      return tmpdir;
    }
    return Path.of("/tmp");
  }

  /** The name of the user the server runs as. */
  public String serverUserName() {
    return owner != null ? owner.getName() : System.getProperty("user.name", "user");
  }

  /** The command line that runs {@code command} as the server user. */
  public List<String> wrap(List<String> command) {
    if (prefix.isEmpty()) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(prefix);
    if (prefix.get(0).equals("su")) {
      // su takes one shell command string.
      StringBuilder shell = new StringBuilder("exec");
      for (String arg : command) {
        shell.append(" '").append(arg.replace("'", "'\\''")).append('\'');
      }
      wrapped.add(shell.toString());
    } else {
      wrapped.addAll(command);
    }
    return wrapped;
  }

  /** Hands a file or tree to the server user, so the server can write it (or read a key). */
  public void giveToServer(Path root) throws IOException {
    if (owner == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        Files.setOwner(path, owner);
      }
    }
  }

  /**
   * Runs a program to completion, its output going to {@code log}.
   *
   * @throws EmbeddedPostgresException when it fails or outlives the timeout; the message holds the
   *     output
   */
  public void run(List<String> command, Path log, long timeoutSeconds) {
    try {
      Process process = start(command, log);
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new EmbeddedPostgresException(
            command.get(0)
                + " did not finish within "
                + timeoutSeconds
                + " s: "
                + LogTail.of(log, 40));
      }
      if (process.exitValue() != 0) {
        throw new EmbeddedPostgresException(
            String.join(" ", wrap(command))
                + " failed with exit code "
                + process.exitValue()
                + ":\n"
                + LogTail.of(log, 40));
      }
    } catch (IOException e) {
      throw new EmbeddedPostgresException("Cannot run " + command.get(0) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedPostgresException("Interrupted while running " + command.get(0), e);
    }
  }

  /** Starts a program in the background, its output (and errors) appended to {@code log}. */
  public Process start(List<String> command, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(wrap(command));
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    // The messages in our errors should read the same everywhere.
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("PGDATA");
    return builder.start();
  }

  private static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Integer.valueOf(0).equals(uid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/bin", program));
  }

  /**
   * The numeric primary group of a user from {@code /etc/passwd}: its name differs between
   * distributions ({@code nogroup} on Debian, {@code nobody} on Red Hat).
   */
  private static String primaryGroupOf(String user) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8)) {
        String[] fields = line.split(":");
        if (fields.length > 3 && fields[0].equals(user)) {
          return fields[3];
        }
      }
    } catch (IOException e) {
      // Fall through to the conventional id.
    }
    return "65534";
  }
}
