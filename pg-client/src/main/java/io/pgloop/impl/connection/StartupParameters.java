package io.pgloop.impl.connection;

import io.pgloop.RequireAuth;
import java.util.Map;

/**
 * What the startup exchange with one host needs, resolved from the options.
 *
 * @param parameters the StartupMessage's parameters: user, database, client_encoding, ...
 * @param user the user name
 * @param password the password for this host (explicit, or from the password file), or null
 * @param channelBinding "disable", "prefer" or "require"
 * @param requireAuth the methods the client accepts
 * @param scramIterationCap the most SCRAM iterations the client will compute
 * @param protocolMinor the protocol 3 minor version to ask for
 * @param minProtocolMinor the lowest minor version the client accepts
 */
record StartupParameters(
    Map<String, String> parameters,
    String user,
    String password,
    String channelBinding,
    RequireAuth requireAuth,
    int scramIterationCap,
    int protocolMinor,
    int minProtocolMinor) {}
