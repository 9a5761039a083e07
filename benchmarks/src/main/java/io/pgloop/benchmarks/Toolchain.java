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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What it takes to build a libpq program at run time: a C compiler ({@code cc}), libpq's header and
 * a libpq to link, found on the PATH and through {@code pg_config} (or in {@code
 * /usr/include/postgresql}). CI has neither compiler nor header, and the libpq rows then say so
 * instead of failing.
 *
 * <p>The library is the machine's, unless the embedded server's distribution bundles a libpq of
 * {@value Libpq#SEND_PIPELINE_SYNC_MAJOR} or later: that one has {@code PQsendPipelineSync}, the
 * Sync without a flush, which is what a Sync per query really costs. The distribution has no
 * headers, so the program is compiled with the machine's header and told by a macro ({@value
 * #SEND_PIPELINE_SYNC_MACRO}) to declare the function itself, and linked with an rpath to the
 * distribution's {@code lib/}, whose libpq finds its own libssl there ({@code $ORIGIN}).
 *
 * @param cc the compiler, or null
 * @param includeDir the directory holding {@code libpq-fe.h}, or null
 * @param libpq the libpq to link against
 */
record Toolchain(Path cc, Path includeDir, Libpq libpq) {

  /**
   * Tells {@code libpq_pipeline.c} that the library linked has {@code PQsendPipelineSync}, even
   * where its header is older and does not say so ({@code LIBPQ_HAS_SEND_PIPELINE_SYNC}).
   */
  static final String SEND_PIPELINE_SYNC_MACRO = "PGLOOP_LIBPQ_SEND_PIPELINE_SYNC";

  private static final Path DEBIAN_INCLUDE = Path.of("/usr/include/postgresql");
  private static final Pattern HEADER_MAJOR =
      Pattern.compile("#define\\s+PG_MAJORVERSION_NUM\\s+(\\d+)");

  /** A compiled program, or the reason there is none. */
  record Build(Path program, String problem) {}

  /**
   * The toolchain of this process's PATH.
   *
   * @param serverInstallation the embedded server's distribution ({@code bin/}, {@code lib/}), or
   *     null when the server is not embedded
   */
  static Toolchain fromEnvironment(Path serverInstallation) {
    return find(System.getenv("PATH"), serverInstallation);
  }

  /**
   * The toolchain found on {@code path} (a PATH value; null or empty: nothing is found).
   *
   * @param serverInstallation the embedded server's distribution, or null
   */
  static Toolchain find(String path, Path serverInstallation) {
    Path cc = onPath(path, "cc").orElse(null);
    Optional<Path> pgConfig = onPath(path, "pg_config");
    Path include = pgConfig.map(p -> ask(p, "--includedir")).orElse(null);
    if (include == null || !Files.exists(include.resolve("libpq-fe.h"))) {
      include = Files.exists(DEBIAN_INCLUDE.resolve("libpq-fe.h")) ? DEBIAN_INCLUDE : null;
    }
    Libpq system = Libpq.in(pgConfig.map(p -> ask(p, "--libdir")).orElse(null), false);
    if (system.major() == 0) {
      // No pg_config, or no versioned libpq where it points: guess from the header.
      system = new Libpq(system.libDir(), headerMajor(include), false);
    }
    return new Toolchain(cc, include, choose(system, serverInstallation));
  }

  /**
   * The libpq to link against: the one in the server distribution's {@code lib/} when it has {@code
   * PQsendPipelineSync} (17 or later), else the machine's.
   *
   * @param serverInstallation the embedded server's distribution, or null
   */
  static Libpq choose(Libpq system, Path serverInstallation) {
    if (serverInstallation != null) {
      Libpq bundled = Libpq.in(serverInstallation.resolve("lib"), true);
      if (bundled.hasSendPipelineSync()) {
        return bundled;
      }
    }
    return system;
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
      Process process = new ProcessBuilder(command(src, program)).redirectErrorStream(true).start();
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
   * The compiler's command line for {@code src}: the header's directory, the macro that declares
   * {@code PQsendPipelineSync} when the library has it, and the library's directory, with an rpath
   * to it when the loader would not search it.
   */
  List<String> command(Path src, Path program) {
    List<String> command = new ArrayList<>(List.of(cc.toString(), "-O2", "-o", program.toString()));
    command.addAll(List.of(src.toString(), "-I" + includeDir));
    if (libpq.hasSendPipelineSync()) {
      command.add("-D" + SEND_PIPELINE_SYNC_MACRO);
    }
    if (libpq.libDir() != null) {
      command.add("-L" + libpq.libDir());
      if (libpq.bundled()) {
        command.add("-Wl,-rpath," + libpq.libDir());
      }
    }
    command.add("-lpq");
    return command;
  }

  /**
   * Whether the program built here queues its Syncs with {@code PQsendPipelineSync} (libpq 17 and
   * later) rather than flushing each with {@code PQpipelineSync}: the library linked has it, or the
   * header declares it ({@code LIBPQ_HAS_SEND_PIPELINE_SYNC}), in which case the program calls it
   * (and would not link without it).
   */
  boolean hasSendPipelineSync() {
    if (libpq.hasSendPipelineSync()) {
      return true;
    }
    try {
      return includeDir != null
          && Files.readString(includeDir.resolve("libpq-fe.h"))
              .contains("LIBPQ_HAS_SEND_PIPELINE_SYNC");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The major version of the headers in {@code includeDir}, from {@code pg_config.h}'s {@code
   * PG_MAJORVERSION_NUM}; 0 when there is no such file or line.
   */
  static int headerMajor(Path includeDir) {
    if (includeDir == null) {
      return 0;
    }
    try {
      Matcher m = HEADER_MAJOR.matcher(Files.readString(includeDir.resolve("pg_config.h")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
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
