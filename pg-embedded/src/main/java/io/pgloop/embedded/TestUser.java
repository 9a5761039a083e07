package io.pgloop.embedded;

/**
 * A login role of the embedded server.
 *
 * @param name the role name
 * @param password its password; for {@link AuthMethod#CERT} and {@link AuthMethod#TRUST} the server
 *     does not check it
 */
public record TestUser(String name, String password) {}
