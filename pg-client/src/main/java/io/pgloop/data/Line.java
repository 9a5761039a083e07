package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code line}, the infinite line {@code Ax + By + C = 0}: {@code {A,B,C}}.
 *
 * @param a the coefficient A
 * @param b the coefficient B
 * @param c the constant C
 */
public record Line(double a, double b, double c) {}
