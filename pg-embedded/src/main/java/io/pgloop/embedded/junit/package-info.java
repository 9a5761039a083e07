/**
 * JUnit 5 support: the {@link io.pgloop.embedded.junit.TestServer} tests talk to, injected by
 * {@link io.pgloop.embedded.junit.PgServerExtension}. Needs {@code junit-jupiter-api} on the
 * classpath, which this module declares optional.
 */
package io.pgloop.embedded.junit;
