package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgloop.Tuple;
import io.pgloop.spi.PgCodec;
import io.pgloop.spi.PgTypeInfo;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A composite type (a row type, {@code CREATE TYPE ... AS (...)}), registered by name: decodes to a
 * {@link Tuple} of its attributes in order, each decoded by the codec of its type, or to an
 * instance of a Java record whose components match the attributes in order. Encodes a Tuple, a
 * List, or that record. The binary format is used when every attribute's codec reads binary.
 *
 * @param <T> Tuple, or the record class
 */
final class CompositeCodec<T> extends BaseCodec<T> {

  private final PgCodec<Object>[] fields;
  private final Class<T> recordClass;

  @SuppressWarnings("unchecked")
  CompositeCodec(PgTypeInfo info, PgCodec<?>[] fields, Class<T> recordClass) {
    super(
        info.name(),
        info.oid(),
        info.arrayOid(),
        recordClass != null ? recordClass : (Class<T>) Tuple.class);
    this.fields = (PgCodec<Object>[]) fields;
    this.recordClass = recordClass;
    if (recordClass != null && recordClass.getRecordComponents().length != fields.length) {
      throw new IllegalArgumentException(
          recordClass.getName()
              + " has "
              + recordClass.getRecordComponents().length
              + " components, "
              + info.name()
              + " "
              + fields.length
              + " attributes");
    }
  }

  @Override
  public boolean supportsBinary() {
    for (PgCodec<?> field : fields) {
      if (!field.supportsBinary()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean canEncode(Object value) {
    return recordClass != null ? recordClass.isInstance(value) : value instanceof Tuple;
  }

  /** The value as its attributes' coerced values, in order. */
  @Override
  @SuppressWarnings("unchecked")
  public T coerce(Object value) {
    return (T) attributes(value);
  }

  private Object[] attributes(Object value) {
    if (value instanceof Object[] done) {
      return done;
    }
    Object[] values;
    if (value instanceof Tuple tuple) {
      values = new Object[tuple.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = tuple.getValue(i);
      }
    } else if (value instanceof List<?> list) {
      values = list.toArray();
    } else if (value instanceof Record record) {
      RecordComponent[] components = record.getClass().getRecordComponents();
      values = new Object[components.length];
      for (int i = 0; i < values.length; i++) {
        try {
          // The record may be private to the caller's package: reflection needs the access.
          java.lang.reflect.Method accessor = components[i].getAccessor();
          accessor.setAccessible(true);
          values[i] = accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalArgumentException("cannot read " + components[i], e);
        }
      }
    } else {
      throw cannotEncode(value);
    }
    if (values.length != fields.length) {
      throw new IllegalArgumentException(
          typeName() + " has " + fields.length + " attributes, the value " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        try {
          values[i] = fields[i].coerce(values[i]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              typeName() + " attribute " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return values;
  }

  /*
   * Binary layout (record_send):
   *   int32 attribute count
   *   per attribute: int32 type OID | int32 length (-1 for NULL) | that many bytes
   */
  @Override
  public void encodeBinary(T value, ByteBuf out) {
    Object[] values = attributes(value);
    out.writeInt(values.length);
    for (int i = 0; i < values.length; i++) {
      out.writeInt(fields[i].typeOid());
      if (values[i] == null) {
        out.writeInt(-1);
        continue;
      }
      int at = out.writerIndex();
      out.writeInt(0);
      fields[i].encodeBinary(values[i], out);
      out.setInt(at, out.writerIndex() - at - 4);
    }
  }

  @Override
  public T decodeBinary(ByteBuf buf, int index, int length) {
    int end = index + length;
    if (length < 4 || buf.getInt(index) != fields.length) {
      throw invalid("expected " + fields.length + " attributes");
    }
    Object[] values = new Object[fields.length];
    int at = index + 4;
    for (int i = 0; i < values.length; i++) {
      if (at + 8 > end) {
        throw invalid("ends before attribute " + (i + 1));
      }
      int n = buf.getInt(at + 4);
      at += 8;
      if (n >= 0) {
        if (at + n > end) {
          throw invalid("attribute " + (i + 1) + " overruns the value");
        }
        values[i] = fields[i].decodeBinary(buf, at, n);
        at += n;
      }
    }
    return build(values);
  }

  @Override
  public String encodeText(T value) {
    return CompositeText.format(attributes(value), fields);
  }

  @Override
  public T decodeText(ByteBuf buf, int index, int length) {
    String[] texts = CompositeText.parse(utf8(buf, index, length), fields.length, typeName());
    Object[] values = new Object[texts.length];
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        byte[] bytes = texts[i].getBytes(StandardCharsets.UTF_8);
        values[i] = fields[i].decodeText(Unpooled.wrappedBuffer(bytes), 0, bytes.length);
      }
    }
    return build(values);
  }

  @SuppressWarnings("unchecked")
  private T build(Object[] values) {
    if (recordClass == null) {
      return (T) Tuple.of(values);
    }
    RecordComponent[] components = recordClass.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = components[i].getType();
      if (values[i] != null) {
        values[i] = Conversions.convert(values[i], Conversions.boxed(types[i]), fields[i]);
      }
    }
    try {
      Constructor<T> constructor = recordClass.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot build " + recordClass.getName() + " from " + typeName() + ": " + e, e);
    }
  }
}
