package io.pgloop.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A libpq to link {@code libpq_pipeline.c} against: the machine's, or the one bundled with the
 * embedded server's distribution, which is often newer (18 where the system has 15).
 *
 * <p>Why the version matters: from 17 on, libpq has {@code PQsendPipelineSync}, which queues a Sync
 * without flushing, so that a Sync per query costs no {@code send()} per query. Before 17 only
 * {@code PQpipelineSync} exists, and it flushes.
 *
 * @param libDir the directory of {@code libpq.so}, or null to leave it to the linker's defaults
 * @param major the major version, e.g. 18; 0 when unknown
 * @param bundled whether the dynamic loader would not find it by itself (the embedded
 *     distribution's {@code lib/}): the program is then linked with an rpath to {@code libDir}
 */
record Libpq(Path libDir, int major, boolean bundled) {

  /** The first major whose libpq has {@code PQsendPipelineSync}. */
  static final int SEND_PIPELINE_SYNC_MAJOR = 17;

  /*
   * The shared library's file name on Linux: libpq.so.5.<N>, N being the major from PostgreSQL 10
   * on (9.6's was libpq.so.5.9, 9.5's libpq.so.5.8).
   */
  private static final Pattern SONAME = Pattern.compile("libpq\\.so\\.5\\.(\\d+)");
  private static final int FIRST_SONAME_MAJOR = 10;

  /**
   * The libpq in {@code dir}, its major version read from the names of the files there.
   *
   * @param bundled whether to link it with an rpath (see the record's description)
   */
  static Libpq in(Path dir, boolean bundled) {
    return new Libpq(dir, major(fileNames(dir)), bundled);
  }

  /**
   * The major version of the libpq among {@code fileNames} (one directory's listing), from its
   * versioned file name {@code libpq.so.5.N}; 0 when there is none, or it is older than 10 (where N
   * is not the major). The highest wins if there are several.
   */
  static int major(Collection<String> fileNames) {
    int major = 0;
    for (String name : fileNames) {
      Matcher m = SONAME.matcher(name);
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        if (n >= FIRST_SONAME_MAJOR) {
          major = Math.max(major, n);
        }
      }
    }
    return major;
  }

  /** Whether this libpq has {@code PQsendPipelineSync}, which queues a Sync without flushing. */
  boolean hasSendPipelineSync() {
    return major >= SEND_PIPELINE_SYNC_MAJOR;
  }

  /** The names of the files in {@code dir}; none when it cannot be listed or is null. */
  private static List<String> fileNames(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
