package io.pgloop.embedded.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackerTest {

  @Test
  void concurrentUnpacksShareOneCompleteTree(@TempDir Path temp) throws Exception {
    Path cache = temp.resolve("cache");
    Binaries binaries = BinariesLocator.standard().locate(10);
    Callable<Path> unpack = () -> new Unpacker(cache).unpack(binaries);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Path>> results = threads.invokeAll(List.of(unpack, unpack));
      Path home = results.get(0).get();
      assertThat(results.get(1).get()).isEqualTo(home);
      assertThat(home)
          .isEqualTo(
              cache.resolve(binaries.version() + "-" + Platform.current().artifactPlatform()));

      assertThat(Files.isExecutable(home.resolve("bin/postgres"))).isTrue();
      assertThat(Files.isExecutable(home.resolve("bin/initdb"))).isTrue();
      assertThat(home.resolve("share/postgresql/extension/hstore.control")).exists();
      try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
        assertThat(lib.filter(Files::isSymbolicLink)).as("symbolic links in lib/").isNotEmpty();
      }
      try (Stream<Path> entries = Files.list(cache)) {
        assertThat(entries.map(p -> p.getFileName().toString()))
            .as("no temporary directory is left")
            .allMatch(name -> !name.startsWith("."));
      }
      // A later call finds the tree without unpacking it again.
      assertThat(new Unpacker(cache).unpack(binaries)).isEqualTo(home);
    } finally {
      threads.shutdownNow();
    }
  }
}
