package io.rewardlake.jobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts as PNG data URIs, drawn by JFreeChart without a display (java.awt.headless), so the page needs no image
 * files and no scripts. Inputs are small aggregates: bins, decile means, a bounded sample of points.
 */
final class Charts {
  static final int WIDTH = 640;
  static final int HEIGHT = 360;

  static {
    // Executors and CI machines have no display; AWT must not look for one.
    System.setProperty("java.awt.headless", "true");
  }

  /** Colour-blind-safe colours (Okabe–Ito), distinct in greyscale print too when combined with the dashes. */
  private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};
  private static final float[][] DASHES = {{1f, 0f}, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}};
  private static final Shape[] SHAPES = {new Ellipse2D.Double(-3, -3, 6, 6), new Rectangle2D.Double(-3, -3, 6, 6),
      new Polygon(new int[] {0, 4, -4}, new int[] {-4, 3, 3}, 3), new Polygon(new int[] {0, 4, 0, -4},
      new int[] {-4, 0, 4, 0}, 4)};

  private Charts() {}

  /** Bars over numeric bins: {@code counts[i]} for the bin starting at {@code low + i * width}. */
  static String histogram(String title, String xLabel, double low, double width, long[] counts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < counts.length; i++) {
      data.addValue(counts[i], "pairs", Html.number(low + (i + 0.5) * width, 2));
    }
    JFreeChart chart = ChartFactory.createBarChart(title, xLabel, "pairs", data, PlotOrientation.VERTICAL, false,
        false, false);
    return png(styled(chart));
  }

  /** Labelled bars; {@code series} maps a series name to category → value. */
  static String bars(String title, String xLabel, String yLabel, Map<String, Map<String, Double>> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach((name, values) -> values.forEach((category, value) -> data.addValue(value, name, category)));
    JFreeChart chart = ChartFactory.createBarChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
        series.size() > 1, false, false);
    return png(styled(chart));
  }

  /**
   * A point cloud; {@code xy[i] = {x, y}}. Small translucent dots, so thousands of points show where they are dense
   * instead of merging into one opaque blob.
   */
  static String scatter(String title, String xLabel, String yLabel, List<double[]> xy) {
    XYSeries points = new XYSeries("pairs", false, true);
    xy.forEach(p -> points.add(p[0], p[1]));
    JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, new XYSeriesCollection(points),
        PlotOrientation.VERTICAL, false, false, false);
    XYItemRenderer renderer = chart.getXYPlot().getRenderer();
    renderer.setSeriesPaint(0, translucent(PALETTE[0], xy.size()));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
    return png(chart);
  }

  /**
   * Lines through points; {@code series} maps a name to its {x, y} points in x order. Each series has its own colour,
   * dash and marker, so lines that coincide stay distinguishable; with {@code integerX} the x axis ticks only at
   * whole numbers (N candidates, not 1.2).
   */
  static String lines(String title, String xLabel, String yLabel, Map<String, List<double[]>> series,
      boolean integerX) {
    XYSeriesCollection data = new XYSeriesCollection();
    series.forEach((name, points) -> {
      XYSeries line = new XYSeries(name, false, true);
      points.forEach(p -> line.add(p[0], p[1]));
      data.addSeries(line);
    });
    JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true,
        false, false);
    XYPlot plot = chart.getXYPlot();
    if (integerX) {
      plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
          DASHES[i % DASHES.length], 0f));
      renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
    }
    plot.setRenderer(renderer);
    return png(chart);
  }

  /** Fainter dots the more there are: about 40 overlapping dots make a fully opaque spot. */
  static Color translucent(Color color, int points) {
    int alpha = (int) Math.round(Math.max(25, Math.min(255, 255 * 200.0 / Math.max(1, points))));
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }

  /** Flat bars on white, category labels slanted so that 20 bins or long judge ids stay readable. */
  private static JFreeChart styled(JFreeChart chart) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    ((BarRenderer) plot.getRenderer()).setBarPainter(new StandardBarPainter());
    ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
    return chart;
  }

  static String png(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(bytes, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("rendering chart '" + chart.getTitle().getText() + "'", e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
  }
}
