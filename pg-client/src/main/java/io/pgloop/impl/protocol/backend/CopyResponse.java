package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * CopyInResponse ('G'), CopyOutResponse ('H') or CopyBothResponse ('W'): the server starts a COPY
 * in the direction its {@link Kind} says. One record for three messages, as they share a layout.
 *
 * @param kind which of the three messages this is
 * @param overallFormat 0 for text COPY (columns are text), 1 for binary COPY
 * @param columnFormats the format of each column, 0 text or 1 binary
 */
public record CopyResponse(Kind kind, byte overallFormat, short[] columnFormats)
    implements BackendMessage {

  /** Which way the data flows. */
  public enum Kind {
    /** CopyInResponse: the client sends data (COPY FROM STDIN). */
    IN('G'),
    /** CopyOutResponse: the server sends data (COPY TO STDOUT). */
    OUT('H'),
    /** CopyBothResponse: both send data (streaming replication). */
    BOTH('W');

    private final char type;

    Kind(char type) {
      this.type = type;
    }

    /** The message's type byte. */
    public char type() {
      return type;
    }
  }

  /*
   * CopyInResponse ('G') / CopyOutResponse ('H') / CopyBothResponse ('W') body:
   *   Int8 overall format | Int16 n | n x Int16 column format
   */
  static CopyResponse decode(Kind kind, ByteBuf payload) {
    byte overallFormat = payload.readByte();
    short[] columnFormats = new short[payload.readUnsignedShort()];
    for (int i = 0; i < columnFormats.length; i++) {
      columnFormats[i] = payload.readShort();
    }
    return new CopyResponse(kind, overallFormat, columnFormats);
  }
}
