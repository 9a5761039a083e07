package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code box}: {@code (x1,y1),(x2,y2)}. The server stores the upper right
 * corner first and the lower left second, whichever corners it is given.
 *
 * @param upperRight the corner with the greater coordinates
 * @param lowerLeft the corner with the lesser coordinates
 */
public record Box(Point upperRight, Point lowerLeft) {}
