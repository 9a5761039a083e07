package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directories of one server: a fresh temporary base holding the data directory and the TLS
 * files, and a separate socket directory with a short path, because a Unix-domain socket's path may
 * not exceed about 107 bytes and {@code java.io.tmpdir} can be long (on macOS).
 *
 * @param base the temporary directory that holds the others
 * @param data the data directory, owned by the server user
 * @param certificates the TLS files
 * @param socket the socket directory, owned by the server user
 */
public record ServerDirectories(Path base, Path data, Path certificates, Path socket) {

  /**
   * Creates the directories, handing those the server writes to the server user.
   *
   * @throws EmbeddedPostgresException when they cannot be created
   */
  public static ServerDirectories create(ProcessRunner runner) {
    Path base = null;
    Path socket = null;
    try {
      base = Files.createTempDirectory(runner.temporaryRoot(), "pgloop-");
      Path data = Files.createDirectory(base.resolve("data"));
      Path certificates = Files.createDirectory(base.resolve("certs"));
      socket = Files.createTempDirectory(shortTemporaryRoot(runner), "pgs");
      if (Files2.isPosix(base)) {
        // The server user must reach its files through the base, which only we may write.
        Files.setPosixFilePermissions(base, Files2.permissions(0755));
        Files.setPosixFilePermissions(certificates, Files2.permissions(0755));
        Files.setPosixFilePermissions(data, Files2.permissions(0700));
        Files.setPosixFilePermissions(socket, Files2.permissions(0755));
      }
      runner.giveToServer(data);
      runner.giveToServer(socket);
      return new ServerDirectories(base, data, certificates, socket);
    } catch (IOException e) {
      if (base != null) {
        Files2.deleteQuietly(base);
      }
      if (socket != null) {
        Files2.deleteQuietly(socket);
      }
      throw new EmbeddedPostgresException("Cannot create the server's directories: " + e, e);
    }
  }

  /** The server's log, in the data directory. */
  public Path log() {
    return data.resolve("pgloop-server.log");
  }

  /** Deletes everything; failures are ignored, a leftover temporary directory being harmless. */
  public void delete() {
    Files2.deleteQuietly(base);
    Files2.deleteQuietly(socket);
  }

  private static Path shortTemporaryRoot(ProcessRunner runner) {
    Path tmp = Path.of("/tmp");
    return Files.isDirectory(tmp) && Files.isWritable(tmp) ? tmp : runner.temporaryRoot();
  }
}
