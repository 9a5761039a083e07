package io.pgloop.impl.options;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A libpq password file ({@code ~/.pgpass}), read as libpq reads it.
 *
 * <pre>
 * # comment
 * hostname:port:database:username:password
 * </pre>
 *
 * Each of the first four fields matches literally or is {@code *} for anything; {@code \:} and
 * {@code \\} stand for a colon and a backslash in any field. The first matching line wins; what
 * follows the password's first unescaped colon is ignored. A Unix socket connection matches the
 * host name {@code localhost}. On POSIX systems, a file that group or others may access, or that is
 * not a plain file, is ignored with a warning, as libpq does; a missing or unreadable file is
 * silently ignored.
 */
public final class PgPassFile {

  private static final System.Logger LOG = System.getLogger(PgPassFile.class.getName());

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private final List<String> lines;
  private final String warning;

  private PgPassFile(List<String> lines, String warning) {
    this.lines = lines;
    this.warning = warning;
  }

  /**
   * Reads a password file. Never fails: a file that cannot be used gives an empty one, with a
   * {@link #warning()} when libpq would print one. Blocking I/O.
   */
  public static PgPassFile load(Path path) {
    if (!Files.exists(path)) {
      return new PgPassFile(List.of(), null);
    }
    PosixFileAttributeView posix =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, new LinkOption[0]);
    if (posix != null) {
      if (!Files.isRegularFile(path)) {
        return new PgPassFile(List.of(), "password file \"" + path + "\" is not a plain file");
      }
      try {
        Set<PosixFilePermission> perms = posix.readAttributes().permissions();
        if (perms.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
          return new PgPassFile(
              List.of(),
              "password file \""
                  + path
                  + "\" has group or world access; permissions should be u=rw (0600) or less");
        }
      } catch (IOException e) {
        return new PgPassFile(List.of(), null);
      }
    }
    try {
      return new PgPassFile(Files.readAllLines(path, StandardCharsets.UTF_8), null);
    } catch (IOException | RuntimeException e) {
      // libpq skips a password file it cannot read; so do we.
      return new PgPassFile(List.of(), null);
    }
  }

  /**
   * Reads {@code path} and returns the password of its first line matching the other arguments,
   * logging the file's warning, if any, on the {@code System.Logger} of this class.
   *
   * @param host the host name, an IP address, or a Unix socket directory (matched as {@code
   *     localhost})
   */
  public static Optional<String> lookup(
      Path path, String host, int port, String database, String user) {
    PgPassFile file = load(path);
    file.warning().ifPresent(w -> LOG.log(System.Logger.Level.WARNING, w));
    return file.find(host, port, database, user);
  }

  /**
   * Why the file was ignored, in libpq's words without its {@code WARNING:} prefix (the logger adds
   * the level), or empty if it was not.
   */
  public Optional<String> warning() {
    return Optional.ofNullable(warning);
  }

  /**
   * The password of the first line matching these values, or empty.
   *
   * @param host the host name, an IP address, or a Unix socket directory (matched as {@code
   *     localhost})
   */
  public Optional<String> find(String host, int port, String database, String user) {
    String h = host == null || host.isEmpty() || host.startsWith("/") ? "localhost" : host;
    String[] wanted = {h, Integer.toString(port), database, user};
    for (String raw : lines) {
      String line = stripCarriageReturn(raw);
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int at = 0;
      for (String token : wanted) {
        at = matchField(line, at, token);
        if (at < 0) {
          break;
        }
      }
      if (at >= 0) {
        return Optional.of(unescapePassword(line, at));
      }
    }
    return Optional.empty();
  }

  private static String stripCarriageReturn(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /**
   * Matches the field starting at {@code from} against {@code token}, as libpq's {@code
   * pwdfMatchesString}: {@code *} matches anything, else the unescaped field must equal the token
   * (an unescaped colon inside it still matches a colon of the token, so an IPv6 address needs no
   * escapes). Returns the index after the field's closing colon, or -1 when it does not match.
   */
  private static int matchField(String line, int from, String token) {
    if (line.startsWith("*:", from)) {
      return from + 2;
    }
    int t = 0;
    int i = from;
    while (i < line.length()) {
      boolean escaped = false;
      if (line.charAt(i) == '\\') {
        i++;
        escaped = true;
        if (i == line.length()) {
          return -1;
        }
      }
      char c = line.charAt(i);
      if (c == ':' && !escaped && t == token.length()) {
        return i + 1;
      }
      if (t == token.length() || token.charAt(t) != c) {
        return -1;
      }
      t++;
      i++;
    }
    return -1;
  }

  private static String unescapePassword(String line, int from) {
    StringBuilder password = new StringBuilder();
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':') {
        break;
      }
      if (c == '\\' && i + 1 < line.length()) {
        c = line.charAt(++i);
      }
      password.append(c);
    }
    return password.toString();
  }
}
