package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSnippetsTest {

  private static final String SOURCE =
      """
      class Example {
        void run() {
          int before = 0;
          // README: adding
          int sum = 1 + 2;

          System.out.println(sum);
          // README end
          int after = 0;
        }
      }
      """;

  @TempDir Path folder;

  @Test
  void anExampleIsTheMarkedLinesLessTheirSharedIndentation() {
    assertThat(ReadmeSnippets.examples(SOURCE))
        .containsExactly("int sum = 1 + 2;\n\nSystem.out.println(sum);\n");
  }

  @Test
  void aReadmeThatShowsTheExamplePasses() throws IOException {
    Path source = write("Example.java", SOURCE);
    Path readme =
        write("README.md", "Add:\n\n```java\nint sum = 1 + 2;\n\nSystem.out.println(sum);\n```\n");

    ReadmeSnippets.assertReadmeShows(source, readme);
  }

  @Test
  void aReadmeWhoseCopyHasDriftedFails() throws IOException {
    Path source = write("Example.java", SOURCE);
    Path readme =
        write("README.md", "Add:\n\n```java\nint sum = 1 + 3;\n\nSystem.out.println(sum);\n```\n");

    assertThatThrownBy(() -> ReadmeSnippets.assertReadmeShows(source, readme))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the README shows this example of " + source)
        .hasMessageContaining("int sum = 1 + 2;");
  }

  @Test
  void aSourceWithoutMarkedExamplesFails() throws IOException {
    Path source = write("Example.java", "class Example {}\n");
    Path readme = write("README.md", "nothing\n");

    assertThatThrownBy(() -> ReadmeSnippets.assertReadmeShows(source, readme))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("examples marked in " + source);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text);
  }
}
