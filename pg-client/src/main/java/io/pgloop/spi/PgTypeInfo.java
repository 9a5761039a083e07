package io.pgloop.spi;

import java.util.List;

/**
 * What the server's catalog ({@code pg_type}, and {@code pg_attribute} for a composite) says about
 * a type, looked up by name when a type is registered on a connection: the OIDs of types that
 * extensions or users create are not fixed, so a codec for them is made from this.
 *
 * @param name the type's name ({@code typname}), such as {@code hstore}
 * @param oid the type's OID
 * @param arrayOid the OID of its array type ({@code typarray}), or 0
 * @param kind {@code typtype}: {@code b} base, {@code c} composite, {@code d} domain, {@code e}
 *     enum, {@code r} range, {@code m} multirange, {@code p} pseudo
 * @param elementOid {@code typelem}, or 0
 * @param baseOid the type a domain is over ({@code typbasetype}), or 0
 * @param attributes the attributes of a composite type, in order; empty for other kinds
 */
public record PgTypeInfo(
    String name,
    int oid,
    int arrayOid,
    char kind,
    int elementOid,
    int baseOid,
    List<Attribute> attributes) {

  /**
   * One attribute of a composite type.
   *
   * @param name the attribute's name
   * @param typeOid its type's OID
   */
  public record Attribute(String name, int typeOid) {}

  /** Copies the attribute list, so that the record stays immutable. */
  public PgTypeInfo {
    attributes = List.copyOf(attributes);
  }
}
