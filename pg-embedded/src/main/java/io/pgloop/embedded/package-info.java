/**
 * A throwaway PostgreSQL for tests and examples, started from the binaries published on Maven
 * Central: {@link io.pgloop.embedded.EmbeddedPostgres}.
 */
package io.pgloop.embedded;
