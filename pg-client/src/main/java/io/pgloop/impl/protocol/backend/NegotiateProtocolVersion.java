package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * NegotiateProtocolVersion ('v'): the server does not support the requested minor version or some
 * protocol options ({@code _pq_.*}) of the startup message, and says what it does support.
 *
 * @param newestMinor the newest minor version of the requested major version that the server
 *     supports
 * @param unrecognizedOptions the protocol options it did not recognize
 */
public record NegotiateProtocolVersion(int newestMinor, List<String> unrecognizedOptions)
    implements BackendMessage {

  /** Keeps the list immutable. */
  public NegotiateProtocolVersion {
    unrecognizedOptions = List.copyOf(unrecognizedOptions);
  }

  /*
   * NegotiateProtocolVersion ('v') body:
   *   Int32 newest version | Int32 n | n x String option
   *
   * The documentation calls the first field the newest minor version, but servers send the whole
   * protocol number (3.0 is 196608, as PostgreSQL 10 to 17 send it), and libpq reads it so. A
   * bare minor is accepted too.
   */
  static NegotiateProtocolVersion decode(ByteBuf payload) {
    int version = payload.readInt();
    if (version >>> 16 != 3 && version >>> 16 != 0) {
      throw new MalformedMessageException(
          "the server offers protocol "
              + (version >>> 16)
              + "."
              + (version & 0xffff)
              + ", not 3.x");
    }
    int newestMinor = version & 0xffff;
    int count = payload.readInt();
    // Each option takes at least its NUL: a count above that is a lie, not a reason to allocate.
    if (count < 0 || count > payload.readableBytes()) {
      throw new MalformedMessageException("option count " + count + " does not fit the message");
    }
    List<String> options = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      options.add(Payloads.readCString(payload, "protocol option"));
    }
    return new NegotiateProtocolVersion(newestMinor, options);
  }
}
