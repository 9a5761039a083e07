package io.pgloop.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of parts rendered one after the other, with nothing between them; what {@link
 * Sql#format} and {@link Sql#join} return.
 *
 * @param parts the parts, in order
 */
public record Composed(List<Composable> parts) implements Composable {

  /** A sequence; the list is copied and must hold no null. */
  public Composed {
    parts = List.copyOf(parts);
  }

  /** A sequence of these parts. */
  public static Composed of(Composable... parts) {
    return new Composed(List.of(parts));
  }

  @Override
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Composable part : parts) {
      out.append(part.render());
    }
    return out.toString();
  }

  /** The parts of this sequence with {@code separator} between each two of them. */
  public Composed join(Sql separator) {
    return separator.join(parts);
  }

  /** This sequence followed by {@code other}: the parts of both, flattened one level. */
  @Override
  public Composed concat(Composable other) {
    List<Composable> all = new ArrayList<>(parts);
    all.add(other);
    return new Composed(all);
  }
}
