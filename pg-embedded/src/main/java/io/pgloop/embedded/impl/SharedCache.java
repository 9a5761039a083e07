package io.pgloop.embedded.impl;

import java.io.IOException;
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
import java.util.EnumSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A directory of entries that every JVM on the machine shares, each built once and then only read:
 * unpacked binaries, initialized data directories to copy.
 *
 * <p>An entry is complete exactly when its directory exists: it is built in a private temporary
 * directory next to it and renamed into place atomically, under a file lock (between JVMs) and a
 * monitor (between threads, which a file lock does not separate). So a reader never sees a
 * half-built entry, and a JVM killed while building leaves only a temporary directory behind, which
 * the next build of that entry removes.
 */
final class SharedCache {

  /** Fills an empty directory with an entry's content. */
  interface Builder {
    void build(Path into) throws IOException;
  }

  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path root;

  SharedCache(Path root) {
    this.root = root;
  }

  /** The entry {@code name}, built first by {@code builder} if no JVM has built it yet. */
  Path entry(String name, Builder builder) throws IOException {
    Path target = root.resolve(name);
    if (Files.isDirectory(target)) {
      return target;
    }
    createShared(root);
    Path lockFile = root.resolve(name + ".lock");
    synchronized (MONITORS.computeIfAbsent(lockFile, k -> new Object())) {
      try (FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        shareLockFile(lockFile);
        FileLock lock = channel.lock();
        try {
          if (!Files.isDirectory(target)) {
            build(name, target, builder);
          }
        } finally {
          lock.release();
        }
      }
    }
    return target;
  }

  private void build(String name, Path target, Builder builder) throws IOException {
    // ".<name>.tmp-" is no prefix of another entry's temporaries, so we delete only our own.
    String temporaryPrefix = "." + name + ".tmp-";
    deleteStaleTemporaries(temporaryPrefix);
    Path temp = Files.createTempDirectory(root, temporaryPrefix);
    try {
      builder.build(temp);
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

  /** Removes what a JVM that died while building left; safe because we hold the lock. */
  private void deleteStaleTemporaries(String prefix) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : (Iterable<Path>) children::iterator) {
        if (child.getFileName().toString().startsWith(prefix)) {
          Files2.deleteRecursively(child);
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
      try {
        Files.setPosixFilePermissions(directory, EnumSet.allOf(PosixFilePermission.class));
      } catch (IOException e) {
        // Created by another user; it set the mode already.
      }
    }
  }

  /** Lets other users' JVMs open the lock file for writing, which locking it requires. */
  private static void shareLockFile(Path lockFile) {
    if (Files2.isPosix(lockFile)) {
      try {
        Files.setPosixFilePermissions(lockFile, Files2.permissions(0666));
      } catch (IOException e) {
        // Another user created it and shared it already.
      }
    }
  }
}
