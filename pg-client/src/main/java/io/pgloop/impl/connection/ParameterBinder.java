package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.ColumnDescriptor;
import io.pgloop.ParameterEncodingException;
import io.pgloop.Tuple;
import io.pgloop.data.PgValue;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.protocol.frontend.ParameterWriter;

/**
 * Writes the parameters of one Bind, each straight into the outgoing buffer, as the types the
 * statement declares: those inferred from the Java values, or for a described statement those of
 * the server's ParameterDescription. A {@link PgValue} has declared its type already and gives its
 * value here; a {@link BatchColumn} writes itself. A batch uses one binder for all its tuples
 * ({@link #bind}), so that a Bind costs no allocation of its own.
 */
final class ParameterBinder implements ParameterWriter {

  private final int[] types;
  private final CodecRegistry codecs;
  private final short[] formats;
  private Tuple parameters;

  /** A binder for the tuples of parameters of these types; {@link #bind} gives it the first. */
  ParameterBinder(int[] types, CodecRegistry codecs) {
    this.types = types;
    this.codecs = codecs;
    this.formats = new short[types.length];
  }

  /** A binder for one tuple. */
  ParameterBinder(Tuple parameters, int[] types, CodecRegistry codecs) {
    this(types, codecs);
    bind(parameters);
  }

  /**
   * Makes this binder write {@code parameters}, choosing the format of each value.
   *
   * @throws ParameterEncodingException when a value cannot be sent as its type at all
   */
  ParameterBinder bind(Tuple parameters) {
    this.parameters = parameters;
    for (int i = 0; i < types.length; i++) {
      Object value = value(i);
      formats[i] =
          value instanceof BatchColumn || (value != null && codecs.binaryParameter(value, types[i]))
              ? ColumnDescriptor.BINARY
              : ColumnDescriptor.TEXT;
    }
    return this;
  }

  private Object value(int index) {
    Object value = parameters.getValue(index);
    return value instanceof PgValue typed ? typed.value() : value;
  }

  /** The format code of each parameter of the current tuple. */
  short[] formats() {
    return formats;
  }

  /**
   * @throws ParameterEncodingException naming the parameter, when its value cannot be encoded
   */
  @Override
  public boolean write(int index, ByteBuf out) {
    Object value = value(index);
    if (value == null) {
      return false;
    }
    if (value instanceof BatchColumn column) {
      column.write(out, codecs);
      return true;
    }
    try {
      codecs.encodeParameter(value, types[index], formats[index] == ColumnDescriptor.BINARY, out);
    } catch (IllegalArgumentException e) {
      throw new ParameterEncodingException(index + 1, e.getMessage(), e);
    }
    return true;
  }
}
