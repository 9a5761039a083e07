package io.pgloop.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What it takes to build a libpq program at run time: a C compiler ({@code cc}) and libpq's header,
 * found on the PATH and through {@code pg_config} (or in {@code /usr/include/postgresql}). CI has
 * neither, and the libpq rows then say so instead of failing.
 *
 * @param cc the compiler, or null
 * @param includeDir the directory holding {@code libpq-fe.h}, or null
 * @param libDir the directory holding libpq, or null to leave it to the linker's defaults
 */
record Toolchain(Path cc, Path includeDir, Path libDir) {

  private static final Path DEBIAN_INCLUDE = Path.of("/usr/include/postgresql");

  /** A compiled program, or the reason there is none. */
  record Build(Path program, String problem) {}

  /** The toolchain of this process's PATH. */
  static Toolchain fromEnvironment() {
    return find(System.getenv("PATH"));
  }

  /** The toolchain found on {@code path} (a PATH value; null or empty: nothing is found). */
  static Toolchain find(String path) {
    Path cc = onPath(path, "cc").orElse(null);
    Optional<Path> pgConfig = onPath(path, "pg_config");
    Path include = pgConfig.map(p -> ask(p, "--includedir")).orElse(null);
    if (include == null || !Files.exists(include.resolve("libpq-fe.h"))) {
      include = Files.exists(DEBIAN_INCLUDE.resolve("libpq-fe.h")) ? DEBIAN_INCLUDE : null;
    }
    Path lib = pgConfig.map(p -> ask(p, "--libdir")).orElse(null);
    return new Toolchain(cc, include, lib);
  }

  /**
   * Compiles the class-path resource {@code source} into a temporary directory, deleted when the
   * JVM exits.
   *
   * @return the program, or why it could not be built: no compiler, no header, or the compiler's
   *     own first error line
   */
  Build compile(String source) {
    if (cc == null) {
      return new Build(null, "no C compiler (cc) on the PATH");
    }
    if (includeDir == null) {
      return new Build(null, "libpq-fe.h not found (no pg_config, nor " + DEBIAN_INCLUDE + ")");
    }
    try {
      Path dir = Files.createTempDirectory("pgloop-libpq-");
      Path src = dir.resolve(source);
      Path program = dir.resolve(source.replace(".c", ""));
      LibpqPipeline.copyResource(source, src);
      List<String> command =
          new ArrayList<>(List.of(cc.toString(), "-O2", "-o", program.toString()));
      command.addAll(List.of(src.toString(), "-I" + includeDir));
      if (libDir != null) {
        command.add("-L" + libDir);
      }
      command.add("-lpq");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return new Build(null, "cc failed: " + output.strip().lines().findFirst().orElse(""));
      }
      for (Path p : List.of(program, src, dir)) {
        p.toFile().deleteOnExit();
      }
      return new Build(program, null);
    } catch (IOException e) {
      return new Build(null, "cannot build " + source + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Build(null, "interrupted while building " + source);
    }
  }

  /**
   * Whether this libpq has {@code PQsendPipelineSync} (17 and later), which queues a Sync without
   * flushing; before it, each {@code PQpipelineSync} is a send() of its own.
   */
  boolean hasSendPipelineSync() {
    try {
      return includeDir != null
          && Files.readString(includeDir.resolve("libpq-fe.h"))
              .contains("LIBPQ_HAS_SEND_PIPELINE_SYNC");
    } catch (IOException e) {
      return false;
    }
  }

  /** An executable named {@code program} in a directory of {@code path}. */
  static Optional<Path> onPath(String path, String program) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** One line of {@code pg_config}'s answer as a path, or null when it cannot answer. */
  private static Path ask(Path pgConfig, String option) {
    try {
      Process process = new ProcessBuilder(pgConfig.toString(), option).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return null;
      }
      return out.isBlank() ? null : Path.of(out.strip());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
