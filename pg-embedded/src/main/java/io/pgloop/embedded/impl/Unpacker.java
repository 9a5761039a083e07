package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks binaries once into a cache directory that every JVM on the machine shares.
 *
 * <p>A cache entry is complete exactly when its directory exists: the archive is unpacked into a
 * private temporary directory next to it and renamed into place atomically, under a file lock
 * (between JVMs) and a monitor (between threads, which a file lock does not separate). So a reader
 * never sees a half-unpacked tree, and a JVM killed while unpacking leaves only a temporary
 * directory behind, which the next unpack removes.
 *
 * <p>Every file is made world-readable (and directories world-traversable), because the server may
 * run as another user ({@code nobody}) than the JVM that unpacked it.
 */
public final class Unpacker {

  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path cacheRoot;

  /**
   * Creates an unpacker.
   *
   * @param cacheRoot the directory that holds one subdirectory per unpacked distribution
   */
  public Unpacker(Path cacheRoot) {
    this.cacheRoot = cacheRoot;
  }

  /** The default cache root: {@code pgloop-pg} under {@code java.io.tmpdir}. */
  public static Path defaultCacheRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"), "pgloop-pg");
  }

  /**
   * Returns the directory holding {@code bin/}, {@code lib/} and {@code share/} of the binaries,
   * unpacking them first if no JVM has yet.
   *
   * @throws EmbeddedPostgresException when the archive cannot be read or unpacked
   */
  public Path unpack(Binaries binaries) {
    Path target = cacheRoot.resolve(binaries.cacheName());
    if (Files.isDirectory(target)) {
      return target;
    }
    try {
      createShared(cacheRoot);
      Path lockFile = cacheRoot.resolve(binaries.cacheName() + ".lock");
      synchronized (MONITORS.computeIfAbsent(lockFile, k -> new Object())) {
        try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          shareLockFile(lockFile);
          FileLock lock = channel.lock();
          try {
            if (!Files.isDirectory(target)) {
              unpackInto(binaries, target);
            }
          } finally {
            lock.release();
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "Cannot unpack PostgreSQL "
              + binaries.version()
              + " from "
              + binaries.archive()
              + " into "
              + target
              + ": "
              + e,
          e);
    }
  }

  private void unpackInto(Binaries binaries, Path target) throws IOException {
    deleteStaleTemporaries(binaries);
    Path temp = Files.createTempDirectory(cacheRoot, "." + binaries.cacheName() + "-");
    try {
      extract(binaries, temp);
      makeWorldReadable(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
    } finally {
      if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
        Files2.deleteRecursively(temp);
      }
    }
  }

  /** Removes what a JVM that died while unpacking left; safe because we hold the lock. */
  private void deleteStaleTemporaries(Binaries binaries) throws IOException {
    try (Stream<Path> children = Files.list(cacheRoot)) {
      for (Path child : (Iterable<Path>) children::iterator) {
        if (child.getFileName().toString().startsWith("." + binaries.cacheName() + "-")) {
          Files2.deleteRecursively(child);
        }
      }
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
    Files.setPosixFilePermissions(path, permissions(readable));
  }

  private static void makeWorldReadable(Path root) throws IOException {
    if (!Files2.isPosix(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(path, permissions(0755));
        }
      }
    }
  }

  private static void createShared(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    try {
      Files.createDirectories(directory);
    } catch (FileAlreadyExistsException e) {
      // Another JVM created it between our check and our call.
    }
    if (Files2.isPosix(directory)) {
      // Every user of the machine shares the cache, so anyone may add an entry.
      Set<PosixFilePermission> all = EnumSet.allOf(PosixFilePermission.class);
      try {
        Files.setPosixFilePermissions(directory, all);
      } catch (IOException e) {
        // Created by another user; it set the mode already.
      }
    }
  }

  /** Lets other users' JVMs open the lock file for writing, which locking it requires. */
  private static void shareLockFile(Path lockFile) {
    if (Files2.isPosix(lockFile)) {
      try {
        Files.setPosixFilePermissions(lockFile, permissions(0666));
      } catch (IOException e) {
        // Another user created it and shared it already.
      }
    }
  }

  /** The permissions of an octal mode such as {@code 0755}. */
  static Set<PosixFilePermission> permissions(int mode) {
    StringBuilder s = new StringBuilder(9);
    String letters = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      s.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
    }
    return PosixFilePermissions.fromString(s.toString());
  }
}
