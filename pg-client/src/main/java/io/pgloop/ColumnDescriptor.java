package io.pgloop;

/**
 * One column of a result, as the server described it in RowDescription.
 *
 * @param name the column label
 * @param tableOid the OID of the table the column comes from, or 0
 * @param columnAttribute the attribute number of the column in that table, or 0
 * @param typeOid the OID of the column's type; the codec of that OID decodes its values
 * @param typeSize the type's size ({@code pg_type.typlen}); negative for variable-width types
 * @param typeModifier the type modifier ({@code pg_attribute.atttypmod}), -1 when none
 * @param format 0 for text, 1 for binary: how this column's values travel
 */
public record ColumnDescriptor(
    String name,
    int tableOid,
    short columnAttribute,
    int typeOid,
    short typeSize,
    int typeModifier,
    short format) {

  /** The format code of a value in text. */
  public static final short TEXT = 0;

  /** The format code of a value in binary. */
  public static final short BINARY = 1;

  /** Whether this column's values travel in binary. */
  public boolean isBinary() {
    return format == BINARY;
  }
}
