package io.pgloop.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fragment of SQL written by the programmer, rendered as is: never build one from user input. It
 * doubles as a template ({@link #format}) and as a separator ({@link #join}).
 *
 * @param text the SQL text
 */
public record Sql(String text) implements Composable {

  /** A fragment; {@code text} must not be null. */
  public Sql {
    Objects.requireNonNull(text, "text");
  }

  /** A fragment of this text. */
  public static Sql of(String text) {
    return new Sql(text);
  }

  @Override
  public String render() {
    return text;
  }

  /**
   * This text as a template: each {@code {}} is replaced by the next argument, each {@code {n}} by
   * argument {@code n} (from 0); {@code {{} and {@code }}} stand for the braces themselves.
   *
   * @throws IllegalArgumentException when a field refers to a missing argument, automatic and
   *     numbered fields are mixed, a brace is unmatched, or a field is named (use {@link
   *     #format(Map)}); the message names the field and its position
   */
  public Composed format(Composable... arguments) {
    return format(List.of(arguments), Map.of());
  }

  /**
   * This text as a template with named fields: each {@code {name}} is replaced by {@code
   * arguments.get(name)}; {@code {{} and {@code }}} stand for the braces themselves.
   *
   * @throws IllegalArgumentException when a field names no argument or a brace is unmatched
   */
  public Composed format(Map<String, ? extends Composable> arguments) {
    return format(List.of(), arguments);
  }

  private Composed format(List<Composable> positional, Map<String, ? extends Composable> named) {
    List<Composable> parts = new ArrayList<>();
    StringBuilder raw = new StringBuilder();
    int next = 0;
    boolean automatic = false;
    boolean numbered = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        raw.append(c);
        i += 2;
        continue;
      }
      if (c == '}') {
        throw new IllegalArgumentException("single '}' at index " + i + " of: " + text);
      }
      if (c != '{') {
        raw.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException("unmatched '{' at index " + i + " of: " + text);
      }
      String field = text.substring(i + 1, close);
      Composable argument;
      if (field.isEmpty()) {
        automatic = true;
        argument = positional(positional, next++, field, i);
      } else if (field.chars().allMatch(Character::isDigit)) {
        numbered = true;
        argument = positional(positional, Integer.parseInt(field), field, i);
      } else {
        argument = named.get(field);
        if (argument == null) {
          throw new IllegalArgumentException(
              "no argument named '" + field + "' for the field at index " + i + " of: " + text);
        }
      }
      if (automatic && numbered) {
        throw new IllegalArgumentException(
            "cannot mix {} and numbered fields such as {0} in: " + text);
      }
      if (raw.length() > 0) {
        parts.add(new Sql(raw.toString()));
        raw.setLength(0);
      }
      parts.add(argument);
      i = close + 1;
    }
    if (raw.length() > 0) {
      parts.add(new Sql(raw.toString()));
    }
    return new Composed(parts);
  }

  private Composable positional(List<Composable> arguments, int index, String field, int at) {
    if (index >= arguments.size()) {
      throw new IllegalArgumentException(
          "the field {"
              + field
              + "} at index "
              + at
              + " wants argument "
              + index
              + ", "
              + arguments.size()
              + " given, in: "
              + text);
    }
    return Objects.requireNonNull(arguments.get(index), "argument " + index);
  }

  /** The parts with this fragment between each two of them; empty for no parts. */
  public Composed join(Composable... parts) {
    return join(List.of(parts));
  }

  /** The parts with this fragment between each two of them; empty for no parts. */
  public Composed join(Iterable<? extends Composable> parts) {
    List<Composable> joined = new ArrayList<>();
    for (Composable part : parts) {
      if (!joined.isEmpty()) {
        joined.add(this);
      }
      joined.add(Objects.requireNonNull(part, "part"));
    }
    return new Composed(joined);
  }
}
