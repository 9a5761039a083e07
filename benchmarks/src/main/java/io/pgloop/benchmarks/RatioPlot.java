package io.pgloop.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the ratios pgloop/peer as horizontal bars, one per workload and peer variant, on a
 * logarithmic axis centred on 1 so that "twice as fast" and "half as fast" are bars of the same
 * length. Green right of 1 (pgloop faster), red left. Drawn with Java2D, headless, so the module
 * needs no charting library.
 */
final class RatioPlot {

  private static final int WIDTH = 1100;
  private static final int ROW = 26;
  private static final int TOP = 60;
  private static final int BOTTOM = 50;
  private static final int LABEL_WIDTH = 470;
  private static final int RIGHT = 40;
  private static final double MIN_RATIO = 0.125;
  private static final double MAX_RATIO = 8;

  private RatioPlot() {}

  /** One bar: its label and its ratio. */
  private record Bar(String label, double ratio) {}

  /** Writes the plot of {@code table}'s ratios to {@code file} as a PNG. */
  static void write(ResultTable table, String title, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<Bar> bars = new ArrayList<>();
    for (Result r : table.results()) {
      double ratio = table.ratio(r);
      if (!Double.isNaN(ratio)) {
        bars.add(new Bar(r.kind().id() + "  vs " + r.client() + " (" + r.note() + ")", ratio));
      }
    }
    int height = TOP + Math.max(1, bars.size()) * ROW + BOTTOM;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      draw(g, bars, title, height);
    } finally {
      g.dispose();
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  private static void draw(Graphics2D g, List<Bar> bars, String title, int height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, 12, 26);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString("throughput ratio pgloop / peer (log scale; right of 1 = pgloop faster)", 12, 44);
    if (bars.isEmpty()) {
      g.drawString("no ratios: pgloop has no figures in this run", LABEL_WIDTH, TOP + 18);
      return;
    }
    int plotLeft = LABEL_WIDTH;
    int plotRight = WIDTH - RIGHT;
    int plotBottom = TOP + bars.size() * ROW;
    // Grid: one line per power of two, the line at 1 drawn heavier.
    FontMetrics metrics = g.getFontMetrics();
    for (double tick = MIN_RATIO; tick <= MAX_RATIO; tick *= 2) {
      int x = x(tick, plotLeft, plotRight);
      g.setColor(tick == 1 ? Color.DARK_GRAY : new Color(225, 225, 225));
      g.setStroke(new BasicStroke(tick == 1 ? 2f : 1f));
      g.drawLine(x, TOP - 4, x, plotBottom);
      g.setColor(Color.DARK_GRAY);
      String text = tick < 1 ? "1/" + Math.round(1 / tick) : Long.toString(Math.round(tick));
      g.drawString(text, x - metrics.stringWidth(text) / 2, plotBottom + 16);
    }
    int one = x(1, plotLeft, plotRight);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * ROW;
      g.setColor(Color.BLACK);
      String label = bar.label();
      while (metrics.stringWidth(label) > LABEL_WIDTH - 16 && label.length() > 4) {
        label = label.substring(0, label.length() - 2);
      }
      g.drawString(label, 8, y + ROW / 2 + 4);
      int end = x(bar.ratio(), plotLeft, plotRight);
      g.setColor(bar.ratio() >= 1 ? new Color(46, 139, 87) : new Color(200, 60, 50));
      g.fillRect(Math.min(one, end), y + 5, Math.max(2, Math.abs(end - one)), ROW - 10);
      g.setColor(Color.BLACK);
      String value = String.format(Locale.ROOT, "%.2f", bar.ratio());
      // Beside the bar's end when pgloop is faster; right of the 1 line, which a bar that points
      // left leaves empty, when it is slower (a long red bar leaves no room left of its end).
      int textX =
          bar.ratio() >= 1 ? Math.min(end + 4, plotRight - metrics.stringWidth(value)) : one + 4;
      g.drawString(value, textX, y + ROW / 2 + 4);
    }
  }

  /** The x of {@code ratio} on the log axis, clamped to the plot. */
  private static int x(double ratio, int left, int right) {
    double clamped = Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio));
    double position =
        (Math.log(clamped) - Math.log(MIN_RATIO)) / (Math.log(MAX_RATIO) - Math.log(MIN_RATIO));
    return (int) Math.round(left + position * (right - left));
  }
}
