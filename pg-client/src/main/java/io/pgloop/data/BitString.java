package io.pgloop.data;

/**
 * A value of PostgreSQL's {@code bit(n)} or {@code bit varying}: a sequence of bits, written as its
 * text form of '0' and '1' characters, the first being the most significant bit.
 *
 * @param bits the bits, such as {@code "10110"}
 */
public record BitString(String bits) {

  /**
   * Checks that the text holds only '0' and '1'.
   *
   * @throws IllegalArgumentException {@code "10x" is not a bit string}
   */
  public BitString {
    for (int i = 0; i < bits.length(); i++) {
      char c = bits.charAt(i);
      if (c != '0' && c != '1') {
        throw new IllegalArgumentException("\"" + bits + "\" is not a bit string");
      }
    }
  }

  /** The number of bits. */
  public int length() {
    return bits.length();
  }

  /** Whether the bit at a position (from 0, the leftmost) is set. */
  public boolean get(int index) {
    return bits.charAt(index) == '1';
  }

  @Override
  public String toString() {
    return bits;
  }
}
