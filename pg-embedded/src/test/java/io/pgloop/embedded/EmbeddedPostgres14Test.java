package io.pgloop.embedded;

/** The embedded PostgreSQL 14. */
class EmbeddedPostgres14Test extends EmbeddedPostgresMajorTest {
  @Override
  int major() {
    return 14;
  }
}
