package io.pgloop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the README's code examples compiled and run: an example is written in a test, between a
 * {@code // README: name} line and a {@code // README end} line, and the README shows that code
 * verbatim (less its indentation). {@link #assertReadmeShows} fails when it does not.
 */
public final class ReadmeSnippets {

  private static final String BEGIN = "// README: ";
  private static final String END = "// README end";

  private ReadmeSnippets() {}

  /**
   * Asserts that the README shows every example marked in a test source.
   *
   * @param testSource the test's source file, relative to the module (the tests' working folder)
   * @param readme the README
   */
  public static void assertReadmeShows(Path testSource, Path readme) {
    String text = read(readme);
    List<String> examples = examples(read(testSource));
    assertThat(examples).as("examples marked in " + testSource).isNotEmpty();
    for (String example : examples) {
      assertThat(text).as("the README shows this example of " + testSource).contains(example);
    }
  }

  /** The marked regions of a source, each without the indentation its lines share. */
  static List<String> examples(String source) {
    List<String> examples = new ArrayList<>();
    List<String> current = null;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith(BEGIN)) {
        current = new ArrayList<>();
      } else if (trimmed.equals(END) && current != null) {
        examples.add(dedent(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return examples;
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
    }
  }
}
