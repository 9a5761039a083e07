/**
 * COPY: the streams a user reads and writes ({@link io.pgloop.impl.copy.CopyInImpl}, {@link
 * io.pgloop.impl.copy.CopyOutImpl}) and the formats of rows in text and binary COPY. The exchange
 * with the server (CopyInResponse, CopyData, CopyDone, CopyFail) is a command of the connection,
 * which talks to these streams through {@link io.pgloop.impl.copy.CopyWire} and {@link
 * io.pgloop.impl.copy.CopyListener}.
 */
package io.pgloop.impl.copy;
