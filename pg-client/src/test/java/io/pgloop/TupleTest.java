package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TupleTest {

  @Test
  void ofKeepsOrderAndNulls() {
    Tuple t = Tuple.of(1, null, "x");
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.getValue(0)).isEqualTo(1);
    assertThat(t.getValue(1)).isNull();
    assertThat(t.getString(2)).isEqualTo("x");
    assertThat(t.getInteger(1)).isNull();
  }

  @Test
  void emptyTupleGrowsFluently() {
    Tuple t = Tuple.tuple().addValue(1L).addValue(true);
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.getLong(0)).isEqualTo(1L);
    assertThat(t.getBoolean(1)).isTrue();
    assertThat(Tuple.tuple().size()).isZero();
  }

  @Test
  void fromCopiesAList() {
    List<Object> values = Arrays.asList("a", null);
    Tuple t = Tuple.from(values);
    values.set(0, "changed");
    assertThat(t.getValue(0)).isEqualTo("a");
    assertThat(t).isEqualTo(Tuple.of("a", null));
    assertThat(t.hashCode()).isEqualTo(Tuple.of("a", null).hashCode());
    assertThat(t.toString()).isEqualTo("Tuple[a, null]");
  }

  @Test
  void errorsNameThePositionAndClasses() {
    Tuple t = Tuple.of(1);
    assertThatThrownBy(() -> t.getValue(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("position 1 out of range: the tuple has 1 values");
    assertThatThrownBy(() -> t.getString(0))
        .isInstanceOf(ClassCastException.class)
        .hasMessage("value at 0 is a java.lang.Integer, not a java.lang.String");
  }

  @Test
  void aNullArrayElementIsOneNullValue() {
    Tuple t = Tuple.of((Object) null);
    assertThat(t.size()).isEqualTo(1);
    assertThat(t.getValue(0)).isNull();
  }
}
