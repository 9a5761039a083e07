package io.pgloop.impl.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentedArrayTest {

  @Test
  void elementsAroundEverySegmentBoundaryComeBackInOrder() {
    int count = 5 * SegmentedArray.SEGMENT_SIZE + 3;
    SegmentedArray<Integer> array = new SegmentedArray<>();
    for (int i = 0; i < count; i++) {
      array.add(i);
      assertThat(array.size()).isEqualTo(i + 1);
    }
    for (int i = 0; i < count; i++) {
      assertThat(array.get(i)).isEqualTo(i);
    }
  }

  @Test
  void anEmptyArrayHasNoElements() {
    assertThat(new SegmentedArray<String>().size()).isZero();
  }
}
