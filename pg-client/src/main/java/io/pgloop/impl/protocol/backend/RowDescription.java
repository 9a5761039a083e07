package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;

/**
 * RowDescription ('T'): the columns of the rows that follow.
 *
 * @param columns the columns, in order
 */
public record RowDescription(ColumnDescriptor[] columns) implements BackendMessage {

  /*
   * RowDescription ('T') body:
   *   Int16 n | n x { String name | Int32 table OID | Int16 attribute number | Int32 type OID
   *                   | Int16 type size | Int32 type modifier | Int16 format }
   */
  static RowDescription decode(ByteBuf payload) {
    int count = payload.readUnsignedShort();
    ColumnDescriptor[] columns = new ColumnDescriptor[count];
    for (int i = 0; i < count; i++) {
      columns[i] =
          new ColumnDescriptor(
              Payloads.readCString(payload, "column name"),
              payload.readInt(),
              payload.readShort(),
              payload.readInt(),
              payload.readShort(),
              payload.readInt(),
              payload.readShort());
    }
    return new RowDescription(columns);
  }
}
