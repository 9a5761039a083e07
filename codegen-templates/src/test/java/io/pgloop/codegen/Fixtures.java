package io.pgloop.codegen;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;

/** The fixture API under {@code src/test/resources/fixtures} and ways to compile it. */
final class Fixtures {

  /**
   * The fixture API's package; wrappers go to {@code example.mutiny} and {@code example.rxjava3}.
   */
  static final String API = "example.api";

  static final List<String> API_TYPES = List.of("Resource", "Greeter", "Box", "Lines", "Starter");

  private Fixtures() {}

  static List<JavaFileObject> apiSources() {
    return API_TYPES.stream().map(t -> source("example/api/" + t + ".java")).toList();
  }

  static JavaFileObject source(String path) {
    return JavaFileObjects.forResource("fixtures/" + path);
  }

  /**
   * The processor options for {@code flavor}, mapping {@code example.api} to {@code
   * example.<flavor>}.
   */
  static List<String> options(String flavor) {
    List<String> options = new ArrayList<>();
    options.add("-Apgloop.codegen.flavor=" + flavor);
    options.add("-Apgloop.codegen.package.from=" + API);
    options.add("-Apgloop.codegen.package.to=example." + flavor);
    if (flavor.equals("rxjava3")) {
      // Mutiny's Vert.x API is not on Maven Central: its flavor is tested without the overloads.
      options.add("-Apgloop.codegen.vertx.wrapper=io.vertx.rxjava3.core.Vertx");
    }
    return options;
  }

  private static final Map<String, Compilation> COMPILED = new ConcurrentHashMap<>();

  /**
   * The fixture API compiled with the processor for {@code flavor}; compiled once per flavor and
   * shared, as the tests only read it.
   */
  static Compilation compileApi(String flavor) {
    return COMPILED.computeIfAbsent(
        flavor,
        f ->
            javac()
                .withProcessors(new WrapperProcessor())
                .withOptions(options(f))
                .compile(apiSources()));
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
