package io.pgloop.codegen;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor is switched on, configured, and fed: options, errors, discovery. */
class WrapperProcessorTest {

  @Test
  void withoutFlavorNothingIsGenerated() {
    Compilation compilation =
        javac().withProcessors(new WrapperProcessor()).compile(Fixtures.apiSources());

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(compilation.warnings()).isEmpty();
  }

  @Test
  void registeredAsAServiceSoTheJarOnTheClasspathIsEnough() {
    // javac finds processors on the classpath the same way.
    assertThat(ServiceLoader.load(Processor.class))
        .anySatisfy(p -> assertThat(p).isInstanceOf(WrapperProcessor.class));
  }

  @Test
  void ignoredMethodIsLeftOut() throws IOException {
    Compilation compilation = Fixtures.compileApi("mutiny");

    String greeter =
        compilation
            .generatedSourceFile("example.mutiny.Greeter")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(greeter).contains("greet(").doesNotContain("internalHook");
  }

  @Test
  void withoutPackageOptionsTheFlavorIsAppended() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-Apgloop.codegen.flavor=rxjava3")
            .compile(Fixtures.apiSources());

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.generatedSourceFile("example.api.rxjava3.Greeter")).isPresent();
    assertThat(compilation.generatedSourceFile("example.api.rxjava3.Adapters")).isPresent();
  }

  @Test
  void vertxWrapperThatIsNoClassNameIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-Apgloop.codegen.flavor=rxjava3", "-Apgloop.codegen.vertx.wrapper=vertx")
            .compile(Fixtures.apiSources());

    assertThat(errors(compilation))
        .containsExactly("pgloop.codegen.vertx.wrapper=vertx is not a qualified class name");
  }

  @Test
  void withoutVertxWrapperNoOverloadIsWritten() throws IOException {
    Compilation compilation = Fixtures.compileApi("mutiny");

    String starter =
        compilation
            .generatedSourceFile("example.mutiny.Starter")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(starter).contains("start(Vertx vertx, String name)").doesNotContain("rxjava3");
  }

  @Test
  void unknownFlavorIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-Apgloop.codegen.flavor=reactor")
            .compile(Fixtures.apiSources());

    assertThat(errors(compilation))
        .containsExactly("pgloop.codegen.flavor=reactor is not one of mutiny, rxjava3");
  }

  @Test
  void halfAPackageMappingIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-Apgloop.codegen.flavor=mutiny", "-Apgloop.codegen.package.from=example")
            .compile(Fixtures.apiSources());

    assertThat(errors(compilation))
        .containsExactly(
            "give both pgloop.codegen.package.from and pgloop.codegen.package.to, or neither");
  }

  @Test
  void packageOutsideTheMappingIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions(
                "-Apgloop.codegen.flavor=mutiny",
                "-Apgloop.codegen.package.from=io.pgloop",
                "-Apgloop.codegen.package.to=io.pgloop.mutiny")
            .compile(Fixtures.source("example/api/Resource.java"));

    assertThat(errors(compilation))
        .containsExactly(
            "cannot wrap example.api.Resource: package example.api is not under"
                + " pgloop.codegen.package.from=io.pgloop: its wrappers would have no package");
  }

  @Test
  void classIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions(Fixtures.options("mutiny"))
            .compile(Fixtures.source("example/broken/NotAnInterface.java"));

    assertThat(errors(compilation))
        .containsExactly("@GenWrapper: only top-level interfaces can be wrapped");
  }

  @Test
  void methodNamedLikeTheWrappersOwnIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-Apgloop.codegen.flavor=mutiny")
            .compile(Fixtures.source("example/broken/Clashing.java"));

    assertThat(errors(compilation))
        .containsExactly(
            "cannot wrap example.broken.Clashing: getDelegate clashes with the wrapper's own"
                + " method: rename it or mark it @GenIgnore");
  }

  @Test
  void moduleNamingAMissingPackageIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions(Fixtures.options("mutiny"))
            .compile(Fixtures.source("example/bindings/package-info.java"));

    assertThat(errors(compilation))
        .containsExactly(
            "@GenModule: package example.api is neither in the sources nor on the classpath");
  }

  @Test
  void moduleAndMarkedSourcesTogetherGenerateEachWrapperOnce() {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.apiSources());
    sources.add(Fixtures.source("example/bindings/package-info.java"));

    Compilation compilation =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions(Fixtures.options("mutiny"))
            .compile(sources);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.generatedSourceFiles())
        .extracting(JavaFileObject::getName)
        .containsExactlyInAnyOrder(
            "/SOURCE_OUTPUT/example/mutiny/Resource.java",
            "/SOURCE_OUTPUT/example/mutiny/Greeter.java",
            "/SOURCE_OUTPUT/example/mutiny/Box.java",
            "/SOURCE_OUTPUT/example/mutiny/Lines.java",
            "/SOURCE_OUTPUT/example/mutiny/Starter.java",
            "/SOURCE_OUTPUT/example/mutiny/Adapters.java",
            "/SOURCE_OUTPUT/example/mutiny/ReadStreamPublisher.java");
  }

  /**
   * The set-up of a bindings module: the API is compiled first, on its own and without the
   * processor's option, as the core is; then a module holding only a package-info with {@link
   * GenModule} is compiled against its class files, and the wrappers come out of that.
   */
  @Test
  void moduleWrapsInterfacesFoundInClassFiles(@TempDir Path coreJar) throws IOException {
    Compilation core =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-parameters")
            .compile(Fixtures.apiSources());
    assertThat(core.status()).isEqualTo(Compilation.Status.SUCCESS);
    writeClasses(core, coreJar);

    Compilation bindings =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions(withParameters(Fixtures.options("mutiny")))
            .withClasspath(classpathWith(coreJar))
            .compile(Fixtures.source("example/bindings/package-info.java"));

    assertThat(bindings.status())
        .as(bindings.diagnostics().toString())
        .isEqualTo(Compilation.Status.SUCCESS);
    String greeter =
        bindings
            .generatedSourceFile("example.mutiny.Greeter")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    Path golden = Path.of("src/test/resources/golden/mutiny-classpath/Greeter.java");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, greeter);
    }
    assertThat(greeter).isEqualTo(Fixtures.read(golden));
  }

  /**
   * Class files carry no javadoc; with the core's sources on the source path, preferred over its
   * class files and not compiled again, the wrappers get the same comments as when the core is
   * compiled with them.
   */
  @Test
  void moduleCopiesJavadocWhenTheCoreSourcesAreOnTheSourcePath(@TempDir Path coreJar)
      throws IOException {
    Compilation core = javac().withOptions("-parameters").compile(Fixtures.apiSources());
    writeClasses(core, coreJar);

    List<String> options = new ArrayList<>(Fixtures.options("mutiny"));
    options.addAll(
        List.of("-sourcepath", "src/test/resources/fixtures", "-Xprefer:source", "-implicit:none"));
    Compilation bindings =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions(options)
            .withClasspath(classpathWith(coreJar))
            .compile(Fixtures.source("example/bindings/package-info.java"));

    assertThat(bindings.status())
        .as(bindings.diagnostics().toString())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(
            bindings
                .generatedSourceFile("example.mutiny.Greeter")
                .orElseThrow()
                .getCharContent(true)
                .toString())
        .isEqualTo(Fixtures.read(Path.of("src/test/resources/golden/mutiny/Greeter.java")));
  }

  @Test
  void wrapperUsedByAWrapperIsGeneratedEvenOutsideTheModulesPackages(@TempDir Path coreJar)
      throws IOException {
    Compilation core =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-parameters")
            .compile(
                Fixtures.source("example/deps/Outer.java"),
                Fixtures.source("example/deps/inner/Inner.java"));
    writeClasses(core, coreJar);

    Compilation bindings =
        javac()
            .withProcessors(new WrapperProcessor())
            .withOptions("-Apgloop.codegen.flavor=rxjava3")
            .withClasspath(classpathWith(coreJar))
            .compile(Fixtures.source("example/depsbindings/package-info.java"));

    assertThat(bindings.status())
        .as(bindings.diagnostics().toString())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(bindings.generatedSourceFile("example.deps.rxjava3.Outer")).isPresent();
    assertThat(bindings.generatedSourceFile("example.deps.inner.rxjava3.Inner")).isPresent();
    assertThat(bindings.generatedSourceFile("example.deps.inner.rxjava3.Adapters")).isPresent();
  }

  private static List<String> withParameters(List<String> options) {
    List<String> all = new ArrayList<>(options);
    // javac reads parameter names from class files only under -parameters.
    all.add("-parameters");
    return all;
  }

  private static void writeClasses(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      Path target = dir.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + 13));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  private static List<File> classpathWith(Path dir) {
    List<File> classpath = new ArrayList<>();
    classpath.add(dir.toFile());
    Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new)
        .forEach(classpath::add);
    return classpath;
  }

  private static List<String> errors(Compilation compilation) {
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    return compilation.errors().stream().map(d -> d.getMessage(null)).toList();
  }
}
