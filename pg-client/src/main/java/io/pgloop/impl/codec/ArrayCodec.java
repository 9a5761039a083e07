package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.spi.PgCodec;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;

/**
 * The array type of an element codec ({@code _int4}, OID 1007, for {@code int4}): one instance per
 * element type, made by the registry for every codec that names an {@link PgCodec#arrayTypeOid()},
 * the run-time ones included.
 *
 * <p>Decodes to nested Java arrays of the element's Java type ({@code Integer[]}, {@code
 * Integer[][]} for two dimensions; an empty array as an empty {@code Integer[]}), NULL elements as
 * null. Lower bounds other than 1 are read but not kept (see {@link ArrayShape}). Encodes any Java
 * array (primitive ones too, but not {@code byte[]}, which is bytea) and any {@link
 * java.util.List}, nested for more dimensions, as long as the nesting is rectangular; each element
 * goes through the element codec, whose errors name the element.
 *
 * <p>Binary travels only when the element codec reads binary.
 */
final class ArrayCodec extends BaseCodec<Object> {

  private final PgCodec<Object> element;

  @SuppressWarnings("unchecked")
  ArrayCodec(PgCodec<?> element) {
    super(
        "_" + element.typeName(),
        element.arrayTypeOid(),
        0,
        (Class<Object>) Array.newInstance(element.javaType(), 0).getClass());
    this.element = (PgCodec<Object>) element;
  }

  /** The codec of the elements. */
  PgCodec<Object> element() {
    return element;
  }

  @Override
  public boolean supportsBinary() {
    return element.supportsBinary();
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof ArrayShape || ArrayShape.isArrayValue(value);
  }

  /** Lays the value flat and coerces every element: the result is an {@link ArrayShape}. */
  @Override
  public Object coerce(Object value) {
    if (value instanceof ArrayShape) {
      return value;
    }
    if (!ArrayShape.isArrayValue(value)) {
      throw cannotEncode(value);
    }
    ArrayShape shape = ArrayShape.flatten(value, element::canEncode);
    Object[] elements = shape.elements();
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] != null) {
        try {
          elements[i] = DeclaredConversions.coerce(element, elements[i]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              typeName() + " element " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return shape;
  }

  /*
   * Binary layout (array_send):
   *   int32 ndim (0 for an empty array) | int32 flags (1 when there is a NULL) | int32 element OID
   *   ndim times: int32 length of the dimension | int32 lower bound
   *   per element, row-major: int32 length (-1 for NULL) | that many bytes
   */
  @Override
  public void encodeBinary(Object value, ByteBuf out) {
    ArrayShape shape = (ArrayShape) coerce(value);
    int[] dims = shape.dims();
    boolean hasNull = false;
    for (Object e : shape.elements()) {
      hasNull |= e == null;
    }
    out.writeInt(dims.length).writeInt(hasNull ? 1 : 0).writeInt(element.typeOid());
    for (int d = 0; d < dims.length; d++) {
      out.writeInt(dims[d]).writeInt(shape.lowerBounds()[d]);
    }
    for (Object e : shape.elements()) {
      if (e == null) {
        out.writeInt(-1);
        continue;
      }
      int at = out.writerIndex();
      out.writeInt(0);
      element.encodeBinary(e, out);
      out.setInt(at, out.writerIndex() - at - 4);
    }
  }

  @Override
  public Object decodeBinary(ByteBuf buf, int index, int length) {
    return shapeOfBinary(buf, index, length).toJava(element);
  }

  /** The text form of a binary value, its lower bounds kept (which Java arrays cannot keep). */
  String binaryToText(ByteBuf buf, int index, int length) {
    return ArrayText.format(
        shapeOfBinary(buf, index, length), element.arrayDelimiter(), element::encodeText);
  }

  private ArrayShape shapeOfBinary(ByteBuf buf, int index, int length) {
    int end = index + length;
    if (length < 12) {
      throw invalid(length + " bytes, shorter than the header");
    }
    int ndim = buf.getInt(index);
    if (ndim < 0 || ndim > ArrayShape.MAX_DIMENSIONS || 12 + 8 * ndim > length) {
      throw invalid(ndim + " dimensions in " + length + " bytes");
    }
    int at = index + 12;
    int[] dims = new int[ndim];
    int[] lower = new int[ndim];
    for (int d = 0; d < ndim; d++) {
      dims[d] = buf.getInt(at);
      lower[d] = buf.getInt(at + 4);
      at += 8;
      if (dims[d] < 0) {
        throw invalid("dimension " + (d + 1) + " has length " + dims[d]);
      }
    }
    Object[] elements = new Object[ArrayShape.count(dims)];
    for (int i = 0; i < elements.length; i++) {
      if (at + 4 > end) {
        throw invalid("ends before element " + (i + 1));
      }
      int n = buf.getInt(at);
      at += 4;
      if (n >= 0) {
        if (at + n > end) {
          throw invalid("element " + (i + 1) + " overruns the value");
        }
        elements[i] = element.decodeBinary(buf, at, n);
        at += n;
      }
    }
    return new ArrayShape(dims, lower, elements);
  }

  @Override
  public String encodeText(Object value) {
    ArrayShape shape = (ArrayShape) coerce(value);
    return ArrayText.format(shape, element.arrayDelimiter(), element::encodeText);
  }

  @Override
  public Object decodeText(ByteBuf buf, int index, int length) {
    ArrayShape shape = ArrayText.parse(utf8(buf, index, length), element.arrayDelimiter());
    Object[] elements = shape.elements();
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] != null) {
        byte[] bytes = ((String) elements[i]).getBytes(StandardCharsets.UTF_8);
        ByteBuf one = io.netty.buffer.Unpooled.wrappedBuffer(bytes);
        elements[i] = element.decodeText(one, 0, bytes.length);
      }
    }
    return shape.toJava(element);
  }

  /**
   * The text of an array whose element type the server is left to infer (Strings, enum constants):
   * each element as its {@code toString}, an enum constant as its name.
   */
  static String untypedText(Object value) {
    ArrayShape shape = ArrayShape.flatten(value, v -> false);
    return ArrayText.format(shape, ',', v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v));
  }
}
