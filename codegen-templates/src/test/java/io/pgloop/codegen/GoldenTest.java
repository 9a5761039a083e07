package io.pgloop.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every generated source, byte for byte, with its golden file under {@code
 * src/test/resources/golden/<flavor>}. After an intended change of the templates, run with {@code
 * -Dgolden.update=true} to rewrite the golden files, then review their diff.
 */
class GoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> generatedFiles() {
    return Stream.of("mutiny", "rxjava3")
        .flatMap(
            flavor ->
                Stream.of(
                        "Resource",
                        "Greeter",
                        "Box",
                        "Lines",
                        "Starter",
                        "Adapters",
                        "ReadStreamPublisher")
                    .map(type -> Arguments.of(flavor, type)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("generatedFiles")
  void generatedSourceEqualsGolden(String flavor, String type) throws IOException {
    Compilation compilation = Fixtures.compileApi(flavor);
    assertThat(compilation.status())
        .as(compilation.diagnostics().toString())
        .isEqualTo(Compilation.Status.SUCCESS);
    String name = "example." + flavor + "." + type;
    JavaFileObject generated =
        compilation
            .generatedSourceFile(name)
            .orElseThrow(() -> new AssertionError(name + " not generated"));
    String actual = generated.getCharContent(true).toString();
    Path golden = GOLDEN.resolve(flavor).resolve(type + ".java");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Fixtures.read(golden));
  }
}
