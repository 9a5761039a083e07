package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.Box;
import io.pgloop.data.Circle;
import io.pgloop.data.Line;
import io.pgloop.data.LineSegment;
import io.pgloop.data.Path;
import io.pgloop.data.Point;
import io.pgloop.data.Polygon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The geometric types, as the records of {@link io.pgloop.data}. Each is a list of float8 numbers
 * in both formats: binary writes them as 8-byte IEEE doubles (path first writes a closed flag byte
 * and, like polygon, an int32 point count); text decorates them with the type's brackets, and is
 * read by taking its numbers in order (a path is open when its text starts with '[').
 */
final class GeometricCodecs {

  private GeometricCodecs() {}

  static List<BaseCodec<?>> all() {
    return List.of(
        new Geo<>(
            "point",
            600,
            1017,
            Point.class,
            2,
            p -> new double[] {p.x(), p.y()},
            (d, c) -> new Point(d[0], d[1]),
            p -> point(p)),
        new Geo<>(
            "lseg",
            601,
            1018,
            LineSegment.class,
            4,
            s -> concat(s.start(), s.end()),
            (d, c) -> new LineSegment(new Point(d[0], d[1]), new Point(d[2], d[3])),
            s -> "[" + point(s.start()) + "," + point(s.end()) + "]"),
        new Geo<>(
            "path",
            602,
            1019,
            Path.class,
            -1,
            p -> concat(p.points().toArray(Point[]::new)),
            (d, c) -> new Path(points(d), c),
            p -> points(p.points(), p.closed() ? "(" : "[")),
        new Geo<>(
            "box",
            603,
            1020,
            Box.class,
            4,
            b -> concat(b.upperRight(), b.lowerLeft()),
            (d, c) -> new Box(new Point(d[0], d[1]), new Point(d[2], d[3])),
            b -> point(b.upperRight()) + "," + point(b.lowerLeft())),
        new Geo<>(
            "polygon",
            604,
            1027,
            Polygon.class,
            -1,
            p -> concat(p.points().toArray(Point[]::new)),
            (d, c) -> new Polygon(points(d)),
            p -> points(p.points(), "(")),
        new Geo<>(
            "line",
            628,
            629,
            Line.class,
            3,
            l -> new double[] {l.a(), l.b(), l.c()},
            (d, c) -> new Line(d[0], d[1], d[2]),
            l -> "{" + num(l.a()) + "," + num(l.b()) + "," + num(l.c()) + "}"),
        new Geo<>(
            "circle",
            718,
            719,
            Circle.class,
            3,
            c -> new double[] {c.center().x(), c.center().y(), c.radius()},
            (d, c) -> new Circle(new Point(d[0], d[1]), d[2]),
            c -> "<" + point(c.center()) + "," + num(c.radius()) + ">"));
  }

  private static double[] concat(Point... points) {
    double[] d = new double[points.length * 2];
    for (int i = 0; i < points.length; i++) {
      d[2 * i] = points[i].x();
      d[2 * i + 1] = points[i].y();
    }
    return d;
  }

  private static List<Point> points(double[] d) {
    List<Point> points = new ArrayList<>(d.length / 2);
    for (int i = 0; i + 1 < d.length; i += 2) {
      points.add(new Point(d[i], d[i + 1]));
    }
    return points;
  }

  private static String points(List<Point> points, String open) {
    StringBuilder sb = new StringBuilder(open);
    for (Point p : points) {
      sb.append(sb.length() > 1 ? "," : "").append(point(p));
    }
    return sb.append(open.equals("(") ? ")" : "]").toString();
  }

  private static String point(Point p) {
    return "(" + num(p.x()) + "," + num(p.y()) + ")";
  }

  /** A double as float8out writes it (shared with the float8 codec): {@code 1}, {@code 1e-05}. */
  private static String num(double d) {
    return FloatCodecs.format(d, false, 14);
  }

  /** One geometric type: a fixed count of doubles, or points (-1) for path and polygon. */
  static final class Geo<T> extends BaseCodec<T> {
    private final int count;
    private final Function<T, double[]> toDoubles;
    private final BiFunction<double[], Boolean, T> fromDoubles;
    private final Function<T, String> text;

    Geo(
        String name,
        int oid,
        int arrayOid,
        Class<T> type,
        int count,
        Function<T, double[]> toDoubles,
        BiFunction<double[], Boolean, T> fromDoubles,
        Function<T, String> text) {
      super(name, oid, arrayOid, type);
      this.count = count;
      this.toDoubles = toDoubles;
      this.fromDoubles = fromDoubles;
      this.text = text;
    }

    /** The box's text holds commas: its arrays separate elements with ';'. */
    @Override
    public char arrayDelimiter() {
      return typeOid() == 603 ? ';' : ',';
    }

    /*
     * Binary layout: path: uint8 closed | int32 points | float8 x, y per point;
     * polygon: int32 points | float8 x, y per point; the others: their float8s in order.
     */
    @Override
    public void encodeBinary(T value, ByteBuf out) {
      double[] d = toDoubles.apply(value);
      if (value instanceof Path p) {
        out.writeByte(p.closed() ? 1 : 0);
      }
      if (count < 0) {
        out.writeInt(d.length / 2);
      }
      for (double x : d) {
        out.writeDouble(x);
      }
    }

    @Override
    public T decodeBinary(ByteBuf buf, int index, int length) {
      boolean closed = false;
      int at = index;
      int n = count;
      if (count < 0) {
        boolean path = typeOid() == 602;
        closed = path && length > 0 && buf.getByte(index) != 0;
        at += path ? 1 : 0;
        n = at + 4 <= index + length ? buf.getInt(at) * 2 : -1;
        at += 4;
      }
      if (n < 0 || at + 8L * n != index + length) {
        throw invalid(length + " bytes");
      }
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = buf.getDouble(at + 8 * i);
      }
      return fromDoubles.apply(d, closed);
    }

    @Override
    public String encodeText(T value) {
      return text.apply(value);
    }

    @Override
    public T decodeText(ByteBuf buf, int index, int length) {
      String s = utf8(buf, index, length).trim();
      List<Double> numbers = new ArrayList<>();
      for (String token : s.split("[()\\[\\]{}<>,\\s]+")) {
        if (!token.isEmpty()) {
          try {
            numbers.add(Double.parseDouble(token));
          } catch (NumberFormatException e) {
            throw invalid("\"" + s + "\"");
          }
        }
      }
      if ((count >= 0 && numbers.size() != count) || numbers.size() % 2 != 0 && count < 0) {
        throw invalid("\"" + s + "\"");
      }
      double[] d = numbers.stream().mapToDouble(Double::doubleValue).toArray();
      return fromDoubles.apply(d, !s.startsWith("["));
    }
  }
}
