package io.pgloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which libpq the libpq program is linked against, and how it is compiled for it, from directory
 * listings made up in a temporary directory: no compiler and no server needed.
 */
class ToolchainTest {

  private static final Path CC = Path.of("/usr/bin/cc");
  private static final Path INCLUDE = Path.of("/usr/include/postgresql");
  private static final Path SYSTEM_LIB = Path.of("/usr/lib/x86_64-linux-gnu");
  private static final Libpq SYSTEM_15 = new Libpq(SYSTEM_LIB, 15, false);
  private static final Path SRC = Path.of("/tmp/b/libpq_pipeline.c");
  private static final Path PROGRAM = Path.of("/tmp/b/libpq_pipeline");

  @Test
  void theMajorIsTheVersionedSonamesLastNumber() {
    assertThat(
            Libpq.major(
                List.of("libecpg.so.6.18", "libpq.a", "libpq.so", "libpq.so.5", "libpq.so.5.18")))
        .isEqualTo(18);
    assertThat(Libpq.major(List.of("libpq.so.5", "libpq.so.5.15"))).isEqualTo(15);
    assertThat(Libpq.major(List.of("libpq.so.5.10"))).isEqualTo(10);
  }

  @Test
  void withoutAVersionedSonameOrBefore10TheMajorIsUnknown() {
    assertThat(Libpq.major(List.of("libpq.so", "libpq.so.5"))).isZero();
    // 9.6: the last number was not yet the major.
    assertThat(Libpq.major(List.of("libpq.so.5.9"))).isZero();
    assertThat(Libpq.major(List.of("libpq.so.5.18.bak", "libpq.so.5.x"))).isZero();
    assertThat(Libpq.major(List.of())).isZero();
  }

  @Test
  void aMissingDirectoryHoldsNoLibpq(@TempDir Path temp) {
    assertThat(Libpq.in(temp.resolve("absent"), true).major()).isZero();
    assertThat(Libpq.in(null, false).major()).isZero();
  }

  @Test
  void theServersLibpq17OrLaterIsLinkedWithTheMacroAndAnRpath(@TempDir Path temp)
      throws IOException {
    Path installation = distribution(temp, "libpq.so", "libpq.so.5", "libpq.so.5.18");
    Path lib = installation.resolve("lib");

    Libpq chosen = Toolchain.choose(SYSTEM_15, installation);

    assertThat(chosen).isEqualTo(new Libpq(lib, 18, true));
    assertThat(new Toolchain(CC, INCLUDE, chosen).command(SRC, PROGRAM))
        .containsExactly(
            "/usr/bin/cc",
            "-O2",
            "-o",
            "/tmp/b/libpq_pipeline",
            "/tmp/b/libpq_pipeline.c",
            "-I/usr/include/postgresql",
            "-DPGLOOP_LIBPQ_SEND_PIPELINE_SYNC",
            "-L" + lib,
            "-Wl,-rpath," + lib,
            "-lpq");
    assertThat(new Toolchain(CC, INCLUDE, chosen).hasSendPipelineSync()).isTrue();
  }

  @Test
  void aServersLibpqBefore17LeavesTheSystemOne(@TempDir Path temp) throws IOException {
    Path installation = distribution(temp, "libpq.so", "libpq.so.5", "libpq.so.5.16");

    Libpq chosen = Toolchain.choose(SYSTEM_15, installation);

    assertThat(chosen).isEqualTo(SYSTEM_15);
    assertThat(new Toolchain(CC, INCLUDE, chosen).command(SRC, PROGRAM))
        .containsExactly(
            "/usr/bin/cc",
            "-O2",
            "-o",
            "/tmp/b/libpq_pipeline",
            "/tmp/b/libpq_pipeline.c",
            "-I/usr/include/postgresql",
            "-L/usr/lib/x86_64-linux-gnu",
            "-lpq");
  }

  @Test
  void withoutAnEmbeddedServerTheSystemLibpqIsLinked() {
    assertThat(Toolchain.choose(SYSTEM_15, null)).isEqualTo(SYSTEM_15);
  }

  @Test
  void aSystemLibpq17GetsTheMacroButNoRpath() {
    Libpq system = new Libpq(SYSTEM_LIB, 17, false);

    assertThat(new Toolchain(CC, INCLUDE, system).command(SRC, PROGRAM))
        .contains("-DPGLOOP_LIBPQ_SEND_PIPELINE_SYNC", "-L/usr/lib/x86_64-linux-gnu")
        .noneMatch(arg -> arg.startsWith("-Wl,-rpath"));
  }

  @Test
  void withoutALibDirectoryTheLinkerLooksWhereItAlwaysDoes() {
    assertThat(new Toolchain(CC, INCLUDE, new Libpq(null, 0, false)).command(SRC, PROGRAM))
        .endsWith("-I/usr/include/postgresql", "-lpq");
  }

  @Test
  void theHeadersMajorComesFromPgConfigH(@TempDir Path temp) throws IOException {
    Files.writeString(
        temp.resolve("pg_config.h"),
        "#define PG_MAJORVERSION \"15\"\n\n/* comment */\n#define PG_MAJORVERSION_NUM 15\n");

    assertThat(Toolchain.headerMajor(temp)).isEqualTo(15);
    assertThat(Toolchain.headerMajor(temp.resolve("absent"))).isZero();
    assertThat(Toolchain.headerMajor(null)).isZero();
  }

  /** A made-up server distribution whose {@code lib/} holds empty files of these names. */
  private static Path distribution(Path temp, String... libFiles) throws IOException {
    Path installation = temp.resolve("18.6.0-linux-amd64");
    Path lib = Files.createDirectories(installation.resolve("lib"));
    for (String name : libFiles) {
      Files.createFile(lib.resolve(name));
    }
    return installation;
  }
}
