package io.pgloop.data;

import java.util.List;

/**
 * A value of PostgreSQL's {@code polygon}: {@code ((x1,y1),...)}.
 *
 * @param points the vertices, in order (copied)
 */
public record Polygon(List<Point> points) {

  /** Copies the points, so that the record stays immutable. */
  public Polygon {
    points = List.copyOf(points);
  }
}
