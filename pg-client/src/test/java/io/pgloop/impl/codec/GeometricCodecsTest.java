package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.Box;
import io.pgloop.data.Circle;
import io.pgloop.data.Line;
import io.pgloop.data.LineSegment;
import io.pgloop.data.Path;
import io.pgloop.data.Point;
import io.pgloop.data.Polygon;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometricCodecsTest {

  private static final Point A = new Point(1, 2);
  private static final Point B = new Point(-3.5, 0);

  @Test
  void goldenBytes() {
    assertThat(binary("point", A)).isEqualTo("3ff0000000000000" + "4000000000000000");
    assertThat(binary("path", new Path(List.of(A), false)))
        .isEqualTo("00" + "00000001" + "3ff0000000000000" + "4000000000000000");
    assertThat(binary("polygon", new Polygon(List.of(A))))
        .isEqualTo("00000001" + "3ff0000000000000" + "4000000000000000");
    assertThat(fromBinary("circle", "3ff0000000000000 4000000000000000 4008000000000000"))
        .isEqualTo(new Circle(A, 3));
    assertThatThrownBy(() -> fromBinary("point", "00")).hasMessage("invalid point value: 1 bytes");
  }

  @Test
  void textForms() {
    assertThat(text("point", A)).isEqualTo("(1,2)");
    assertThat(text("lseg", new LineSegment(A, B))).isEqualTo("[(1,2),(-3.5,0)]");
    assertThat(text("box", new Box(A, B))).isEqualTo("(1,2),(-3.5,0)");
    assertThat(text("path", new Path(List.of(A, B), true))).isEqualTo("((1,2),(-3.5,0))");
    assertThat(text("path", new Path(List.of(A, B), false))).isEqualTo("[(1,2),(-3.5,0)]");
    assertThat(text("line", new Line(1, -1, 0))).isEqualTo("{1,-1,0}");
    assertThat(text("circle", new Circle(A, 0.5))).isEqualTo("<(1,2),0.5>");
    assertThat(text("_box", List.of(new Box(A, B), new Box(A, A))))
        .isEqualTo("{(1,2),(-3.5,0);(1,2),(1,2)}");
    assertThat(fromText("_box", "{(1,2),(-3.5,0);(1,2),(1,2)}"))
        .isEqualTo(new Box[] {new Box(A, B), new Box(A, A)});
    assertThat(fromText("path", "[(1,2),(-3.5,0)]")).isEqualTo(new Path(List.of(A, B), false));
    assertThat(fromText("point", "(Infinity,-1e-05)"))
        .isEqualTo(new Point(Double.POSITIVE_INFINITY, -1e-5));
    assertThatThrownBy(() -> fromText("point", "(1,2,3)"))
        .hasMessage("invalid point value: \"(1,2,3)\"");
  }

  @Test
  void roundTrips() {
    assertRoundTrip("point", new Point(Double.NaN, -0.0));
    assertRoundTrip("lseg", new LineSegment(A, B));
    assertRoundTrip("box", new Box(A, B));
    assertRoundTrip("path", new Path(List.of(A, B, A), true));
    assertRoundTrip("polygon", new Polygon(List.of(A, B, new Point(0, 0))));
    assertRoundTrip("line", new Line(1.25, 2, Double.MAX_VALUE));
    assertRoundTrip("circle", new Circle(B, 1e-300));
  }
}
