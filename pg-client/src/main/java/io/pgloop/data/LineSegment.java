package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code lseg}: {@code [(x1,y1),(x2,y2)]}.
 *
 * @param start the first end point
 * @param end the second end point
 */
public record LineSegment(Point start, Point end) {}
