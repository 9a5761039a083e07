package io.pgloop.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * A javadoc comment split into its main description and its block tags (param, return, throws,
 * ...), so that the wrappers can copy it with the tags adjusted.
 *
 * <p>{@code Elements.getDocComment} only knows the comments of types compiled from source in the
 * same compilation; for types read from class files it returns {@code null}, and the wrappers link
 * to the core's method instead.
 */
record Javadoc(String description, List<String> tags) {

  /** Parses the text {@code Elements.getDocComment} returns; {@code null} when there is none. */
  static Javadoc parse(String comment) {
    return parse(comment, true);
  }

  /** Parses a comment this processor wrote: its lines have no leading space to drop. */
  static Javadoc parseWritten(String comment) {
    return parse(comment, false);
  }

  private static Javadoc parse(String comment, boolean leadingSpace) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    StringBuilder description = new StringBuilder();
    List<String> tags = new ArrayList<>();
    for (String raw : comment.split("\n", -1)) {
      // javac keeps the space that followed the leading '*' of each line.
      String line = leadingSpace && raw.startsWith(" ") ? raw.substring(1) : raw;
      if (line.startsWith("@")) {
        tags.add(line);
      } else if (!tags.isEmpty()) {
        tags.set(tags.size() - 1, tags.get(tags.size() - 1) + "\n" + line);
      } else {
        description.append(line).append('\n');
      }
    }
    tags.replaceAll(String::strip);
    return new Javadoc(description.toString().strip(), tags);
  }

  /** The text of the first tag named {@code name} ({@code "return"}), or {@code null}. */
  String tag(String name) {
    for (String tag : tags) {
      if (tag.startsWith("@" + name + " ") || tag.startsWith("@" + name + "\n")) {
        return tag.substring(name.length() + 1).strip();
      }
    }
    return null;
  }

  /** The param and deprecated tags, which the blocking and fire-and-forget variants keep. */
  List<String> variantTags() {
    return tags.stream()
        .filter(t -> t.startsWith("@param") || t.startsWith("@deprecated"))
        .toList();
  }

  /** This comment with its {@code @return} text rewritten, when {@code doc} is given. */
  Javadoc withReturn(Mapped.ReturnDoc doc) {
    if (doc == null) {
      return this;
    }
    List<String> adjusted = new ArrayList<>();
    for (String tag : tags) {
      adjusted.add(
          tag.startsWith("@return") ? "@return " + doc.rewrite(tag.substring(7).strip()) : tag);
    }
    return new Javadoc(description, adjusted);
  }

  /** This comment with {@code rewrite} applied to its description and each tag. */
  Javadoc map(java.util.function.UnaryOperator<String> rewrite) {
    return new Javadoc(rewrite.apply(description), tags.stream().map(rewrite).toList());
  }

  /** The comment's text, as JavaPoet's {@code addJavadoc("$L", ...)} takes it. */
  String text() {
    StringBuilder text = new StringBuilder(description);
    if (!tags.isEmpty()) {
      text.append("\n\n").append(String.join("\n", tags));
    }
    return text.append('\n').toString();
  }
}
