package io.pgloop.data;

import java.util.List;

/**
 * A value of PostgreSQL's {@code path}: points joined in order, open {@code [(x1,y1),...]} or
 * closed {@code ((x1,y1),...)} (the last point joined back to the first).
 *
 * @param points the points, in order (copied)
 * @param closed whether the path is closed
 */
public record Path(List<Point> points, boolean closed) {

  /** Copies the points, so that the record stays immutable. */
  public Path {
    points = List.copyOf(points);
  }
}
