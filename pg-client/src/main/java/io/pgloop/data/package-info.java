/** Value types for PostgreSQL types that no JDK or Vert.x class represents exactly. */
package io.pgloop.data;
