package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code point}: {@code (x,y)}.
 *
 * @param x the abscissa
 * @param y the ordinate
 */
public record Point(double x, double y) {}
