package io.pgloop.codegen;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The marks of CLASS retention, read back from the class files of the fixture API. */
class ClassMarksTest {

  private static ClassMarks marksOf(String type) throws IOException {
    Compilation compilation = javac().compile(Fixtures.apiSources());
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    try (InputStream in =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "example/api/" + type + ".class")
            .orElseThrow()
            .openInputStream()) {
      return ClassMarks.read(in.readAllBytes());
    }
  }

  @Test
  void readsTheMarksOfTheTypeAndOfEachMethod() throws IOException {
    ClassMarks greeter = marksOf("Greeter");

    assertThat(greeter.type()).contains("Lio/pgloop/codegen/GenWrapper;");
    assertThat(greeter.method("internalHook()V", ClassMarks.GEN_IGNORE)).isTrue();
    assertThat(greeter.method("bestFriend()Lio/vertx/core/Future;", ClassMarks.GEN_NULLABLE))
        .isTrue();
    assertThat(
            greeter.method(
                "greet(Ljava/lang/String;)Lio/vertx/core/Future;", ClassMarks.GEN_IGNORE))
        .isFalse();
  }

  @Test
  void aTypeWithoutMarksHasNone() throws IOException {
    Compilation compilation =
        javac()
            .compile(
                com.google.testing.compile.JavaFileObjects.forSourceString(
                    "example.Plain", "package example; public interface Plain { int size(); }"));
    try (InputStream in =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "example/Plain.class")
            .orElseThrow()
            .openInputStream()) {
      ClassMarks plain = ClassMarks.read(in.readAllBytes());
      assertThat(plain.type()).isEmpty();
      assertThat(plain.methods()).isEmpty();
    }
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> ClassMarks.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a class file: its magic number is not CAFEBABE");
  }
}
