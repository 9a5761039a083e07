/**
 * Value types for PostgreSQL types that no JDK or Vert.x class represents exactly, and {@link
 * io.pgloop.data.PgValue}, a parameter value with its type given by name.
 */
package io.pgloop.data;
