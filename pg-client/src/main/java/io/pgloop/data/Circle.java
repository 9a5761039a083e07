package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code circle}: {@code <(x,y),r>}.
 *
 * @param center the center
 * @param radius the radius
 */
public record Circle(Point center, double radius) {}
