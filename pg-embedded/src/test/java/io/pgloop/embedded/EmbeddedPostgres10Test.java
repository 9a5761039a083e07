package io.pgloop.embedded;

/** The embedded PostgreSQL 10. */
class EmbeddedPostgres10Test extends EmbeddedPostgresMajorTest {
  @Override
  int major() {
    return 10;
  }
}
