package io.pgloop.embedded.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Unpacks small archives written here, shaped like the published ones. */
class UnpackerTest {

  @TempDir Path temp;

  @Test
  void keepsExecutableBitsAndLinksAndMakesEverythingReadable() throws Exception {
    Binaries binaries =
        archive(
            "sample",
            out -> {
              file(out, "bin/postgres", 0700, "#!/bin/sh\n");
              file(out, "lib/libpq.so.5.18", 0600, "library");
              link(out, "lib/libpq.so.5", "libpq.so.5.18", TarConstants.LF_SYMLINK);
              link(out, "lib/libpq-hard.so", "lib/libpq.so.5.18", TarConstants.LF_LINK);
            });

    Path home = new Unpacker(temp.resolve("cache")).unpack(binaries);

    assertThat(Files.getPosixFilePermissions(home.resolve("bin/postgres")))
        .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(Files.getPosixFilePermissions(home.resolve("lib/libpq.so.5.18")))
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(Files.getPosixFilePermissions(home.resolve("lib")))
        .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(Files.isSymbolicLink(home.resolve("lib/libpq.so.5"))).isTrue();
    assertThat(Files.readSymbolicLink(home.resolve("lib/libpq.so.5")))
        .isEqualTo(Path.of("libpq.so.5.18"));
    assertThat(home.resolve("lib/libpq-hard.so")).hasContent("library");
  }

  @Test
  void concurrentUnpacksShareOneCompleteTree() throws Exception {
    Binaries binaries = archive("race", out -> file(out, "bin/initdb", 0755, "x"));
    Path cache = temp.resolve("cache");
    Callable<Path> unpack = () -> new Unpacker(cache).unpack(binaries);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> results = threads.invokeAll(List.of(unpack, unpack, unpack, unpack));
      Path home = results.get(0).get();
      for (Future<Path> result : results) {
        assertThat(result.get()).isEqualTo(home);
      }
      assertThat(home.resolve("bin/initdb")).exists();
      try (Stream<Path> entries = Files.list(cache)) {
        assertThat(entries.map(p -> p.getFileName().toString()))
            .as("no temporary directory is left")
            .noneMatch(name -> name.startsWith("."));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void refusesEntriesThatEscapeTheTarget() throws Exception {
    Binaries binaries = archive("evil", out -> file(out, "../escaped", 0644, "x"));
    Path cache = temp.resolve("cache");
    assertThatThrownBy(() -> new Unpacker(cache).unpack(binaries))
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageContaining("archive entry escapes the target directory: ../escaped");
    assertThat(temp.resolve("escaped")).doesNotExist();
    assertThat(cache.resolve(binaries.cacheName())).doesNotExist();
  }

  private interface Content {
    void write(TarArchiveOutputStream out) throws Exception;
  }

  private Binaries archive(String version, Content content) throws Exception {
    Path txz = temp.resolve(version + ".txz");
    try (OutputStream file = Files.newOutputStream(txz);
        XZOutputStream xz = new XZOutputStream(file, new LZMA2Options(0));
        TarArchiveOutputStream tar = new TarArchiveOutputStream(xz)) {
      content.write(tar);
    }
    return new Binaries(18, version, Platform.current(), txz.toUri().toURL());
  }

  private static void file(TarArchiveOutputStream out, String name, int mode, String text)
      throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setMode(mode);
    entry.setSize(bytes.length);
    out.putArchiveEntry(entry);
    out.write(bytes);
    out.closeArchiveEntry();
  }

  private static void link(TarArchiveOutputStream out, String name, String target, byte type)
      throws Exception {
    TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
    entry.setLinkName(target);
    out.putArchiveEntry(entry);
    out.closeArchiveEntry();
  }
}
