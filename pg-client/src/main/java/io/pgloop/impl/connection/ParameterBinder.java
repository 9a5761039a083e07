package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.frontend.ParameterWriter;

/** Writes the parameters of one Bind, each straight into the outgoing buffer. */
final class ParameterBinder implements ParameterWriter {

  private final Tuple parameters;
  private final int[] types;
  private final CodecRegistry codecs;
  private final short[] formats;

  ParameterBinder(Tuple parameters, int[] types, CodecRegistry codecs) {
    this.parameters = parameters;
    this.types = types;
    this.codecs = codecs;
    this.formats = new short[types.length];
    for (int i = 0; i < types.length; i++) {
      Object value = parameters.getValue(i);
      formats[i] =
          value != null && codecs.binaryParameter(value, types[i])
              ? ColumnDescriptor.BINARY
              : ColumnDescriptor.TEXT;
    }
  }

  /** The format code of each parameter. */
  short[] formats() {
    return formats;
  }

  @Override
  public boolean write(int index, ByteBuf out) {
    Object value = parameters.getValue(index);
    if (value == null) {
      return false;
    }
    try {
      codecs.encodeParameter(value, types[index], formats[index] == ColumnDescriptor.BINARY, out);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter $" + (index + 1) + ": " + e.getMessage(), e);
    }
    return true;
  }
}
