package io.rewardlake.jobs.report;

import java.awt.Color;
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
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.plot.PlotOrientation;
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

  /** A point cloud; {@code xy[i] = {x, y}}. */
  static String scatter(String title, String xLabel, String yLabel, List<double[]> xy) {
    XYSeries points = new XYSeries("pairs");
    xy.forEach(p -> points.add(p[0], p[1]));
    JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, new XYSeriesCollection(points),
        PlotOrientation.VERTICAL, false, false, false);
    return png(chart);
  }

  /** Lines through points; {@code series} maps a name to its {x, y} points in x order. */
  static String lines(String title, String xLabel, String yLabel, Map<String, List<double[]>> series) {
    XYSeriesCollection data = new XYSeriesCollection();
    series.forEach((name, points) -> {
      XYSeries line = new XYSeries(name);
      points.forEach(p -> line.add(p[0], p[1]));
      data.addSeries(line);
    });
    JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true,
        false, false);
    return png(chart);
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
