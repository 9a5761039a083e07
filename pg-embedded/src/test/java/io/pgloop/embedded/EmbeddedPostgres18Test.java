package io.pgloop.embedded;

/** The embedded PostgreSQL 18. */
class EmbeddedPostgres18Test extends EmbeddedPostgresMajorTest {
  @Override
  int major() {
    return 18;
  }
}
