package io.pgloop.impl.codec;

import io.pgloop.data.Range;
import io.pgloop.spi.PgCodec;

/**
 * The parameter types of containers, whose type follows from what they hold: a Java array or List
 * binds as the array type of its elements' type, a {@link Range} as the range type of its bounds'.
 */
final class ContainerTypes {

  private ContainerTypes() {}

  /**
   * The array type of a Java array or List: that of its first non-null element's type, or for an
   * array without one, of its component class (0, for the server to infer, when that says nothing).
   */
  static int arrayTypeOid(CodecRegistry registry, Object value) {
    Object leaf = ParameterTypes.firstLeaf(value);
    int elementOid =
        leaf != null
            ? registry.parameterTypeOid(leaf)
            : ParameterTypes.ofComponent(value.getClass());
    if (elementOid <= 0) {
      return 0;
    }
    PgCodec<?> element = registry.registered(elementOid);
    if (element == null || element.arrayTypeOid() == 0) {
      throw new IllegalArgumentException(
          "cannot bind "
              + value.getClass().getName()
              + ": "
              + (element == null ? "type OID " + elementOid : element.typeName())
              + " has no array type");
    }
    return element.arrayTypeOid();
  }

  /**
   * The range type of a Range: the first range codec over its bounds' type; 0 (the server infers
   * the type, the range travels as text) for an empty or unbounded range, or an element type that
   * no range codec covers.
   */
  static int rangeTypeOid(CodecRegistry registry, Range<?> range) {
    Object bound = range.lower() != null ? range.lower() : range.upper();
    if (bound == null) {
      return 0;
    }
    int elementOid = registry.parameterTypeOid(bound);
    for (PgCodec<?> codec : registry.all()) {
      if (codec instanceof RangeCodec r && r.element().typeOid() == elementOid) {
        return r.typeOid();
      }
    }
    return 0;
  }
}
