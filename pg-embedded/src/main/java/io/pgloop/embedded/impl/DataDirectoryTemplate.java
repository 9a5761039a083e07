package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgres;
import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Initialized data directories, made once by initdb in the shared cache and copied for each server:
 * a copy takes a fraction of initdb's time, and every server still gets a data directory of its
 * own.
 *
 * <p>A template is never started, so a copy is exactly what initdb would have produced. Templates
 * are kept per server user, because initdb makes them readable by that user only.
 */
public final class DataDirectoryTemplate {

  private DataDirectoryTemplate() {}

  /**
   * Copies an initialized data directory for these binaries into {@code data}, running initdb first
   * if no JVM has for this server user yet.
   *
   * @param home the unpacked binaries
   * @param cacheName the binaries' cache entry name, e.g. {@code 18.6.0-linux-amd64}
   * @param cacheRoot the shared cache
   * @param data the server's empty data directory
   * @throws EmbeddedPostgresException when initdb fails (with its output) or the copy does
   */
  public static void initialize(
      Path home,
      String cacheName,
      Path cacheRoot,
      Path data,
      ProcessRunner runner,
      Duration timeout) {
    List<String> options =
        List.of(
            "-U",
            EmbeddedPostgres.SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            // No fsync: nothing here needs to survive a crash of the machine.
            "-N");
    // The options are part of the name, so a template made with other options is never used.
    String name =
        cacheName
            + "-initdb-"
            + Integer.toHexString(options.hashCode())
            + "-"
            + runner.serverUserName().replaceAll("[^A-Za-z0-9_.-]", "_");
    Path template;
    try {
      template =
          new SharedCache(cacheRoot)
              .entry(name, into -> initdb(home, options, into, runner, timeout));
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "Cannot make the initialized data directory " + cacheRoot.resolve(name) + ": " + e, e);
    }
    try {
      copyContents(template, data);
      runner.giveToServer(data);
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "Cannot copy the initialized data directory " + template + " to " + data + ": " + e, e);
    }
  }

  private static void initdb(
      Path home, List<String> options, Path into, ProcessRunner runner, Duration timeout)
      throws IOException {
    runner.giveToServer(into);
    Path log = Files.createTempFile(into.getParent(), "." + into.getFileName(), ".log");
    try {
      List<String> command = new ArrayList<>();
      command.add(ServerProcess.program(home, "initdb"));
      command.add("-D");
      command.add(into.toString());
      command.addAll(options);
      runner.run(command, log, timeout.toSeconds());
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void copyContents(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : (Iterable<Path>) all::iterator) {
        if (source.equals(from)) {
          continue;
        }
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }
}
