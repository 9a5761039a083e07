package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks binaries once into a {@linkplain SharedCache cache directory} that every JVM on the
 * machine shares; a reader never sees a half-unpacked tree.
 *
 * <p>Every file is made world-readable (and directories world-traversable), because the server may
 * run as another user ({@code nobody}) than the JVM that unpacked it.
 */
public final class Unpacker {

  private final Path cacheRoot;
  private final SharedCache cache;

  /**
   * Creates an unpacker.
   *
   * @param cacheRoot the directory that holds one subdirectory per unpacked distribution
   */
  public Unpacker(Path cacheRoot) {
    this.cacheRoot = cacheRoot;
    this.cache = new SharedCache(cacheRoot);
  }

  /**
   * The default cache root: {@code pgloop-pg} under the {@linkplain ProcessRunner#temporaryRoot()
   * temporary directory} the server user can reach.
   */
  public static Path defaultCacheRoot(ProcessRunner runner) {
    return runner.temporaryRoot().resolve("pgloop-pg");
  }

  /**
   * Returns the directory holding {@code bin/}, {@code lib/} and {@code share/} of the binaries,
   * unpacking them first if no JVM has yet.
   *
   * @throws EmbeddedPostgresException when the archive cannot be read or unpacked
   */
  public Path unpack(Binaries binaries) {
    try {
      return cache.entry(
          binaries.cacheName(),
          into -> {
            extract(binaries, into);
            makeWorldReadable(into);
          });
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "Cannot unpack PostgreSQL "
              + binaries.version()
              + " from "
              + binaries.archive()
              + " into "
              + cacheRoot.resolve(binaries.cacheName())
              + ": "
              + e,
          e);
    }
  }

  private static void extract(Binaries binaries, Path into) throws IOException {
    Path root = into.toAbsolutePath().normalize();
    try (InputStream raw = binaries.open();
        TarArchiveInputStream tar =
            new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 65536)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
          throw new IOException("archive entry escapes the target directory: " + entry.getName());
        }
        if (path.equals(root)) {
          continue;
        }
        Files.createDirectories(path.getParent());
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createLink(path, root.resolve(entry.getLinkName()).normalize());
        } else {
          Files.copy(tar, path);
          setMode(path, entry.getMode());
        }
      }
    }
  }

  private static void setMode(Path path, int mode) throws IOException {
    if (!Files2.isPosix(path)) {
      return;
    }
    // Keep the owner's bits, and give everyone read (and execute where anybody had it).
    int readable = mode | 0444 | ((mode & 0111) != 0 ? 0111 : 0);
    Files.setPosixFilePermissions(path, Files2.permissions(readable));
  }

  private static void makeWorldReadable(Path root) throws IOException {
    if (!Files2.isPosix(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(path, Files2.permissions(0755));
        }
      }
    }
  }
}
