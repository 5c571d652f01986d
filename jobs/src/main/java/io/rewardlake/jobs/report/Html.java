package io.rewardlake.jobs.report;

import java.util.List;
import java.util.Locale;

/** HTML building blocks; everything user-derived goes through {@link #escape}. */
final class Html {
  private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;"
      + "max-width:1100px;color:#222}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;"
      + "margin-top:2em}table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border:1px solid #ddd;"
      + "padding:.25em .6em;text-align:right}th{background:#f4f4f4}td.l,th.l{text-align:left}img{max-width:100%;"
      + "margin:.5em 1em .5em 0}.missing{background:#fff6e0;border:1px solid #e8c36a;padding:1em}"
      + "nav a{margin-right:1em}.note{color:#555;font-size:.9em}code{background:#f4f4f4;padding:0 .2em}"
      + ".warning{background:#fdecea;border:1px solid #e0a0a0;padding:.6em 1em}";

  private Html() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String page(String title, String header, List<Section> sections) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
        .append(escape(title)).append("</h1>\n").append(header).append("\n<nav>");
    sections.forEach(s -> html.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title()))
        .append("</a>"));
    html.append("</nav>\n");
    sections.forEach(s -> html.append("<section id=\"").append(s.id()).append("\"><h2>").append(escape(s.title()))
        .append("</h2>\n").append(s.body()).append("</section>\n"));
    return html.append("</body></html>\n").toString();
  }

  static String note(String text) {
    return "<p class=\"note\">" + escape(text) + "</p>";
  }

  /** A highlighted paragraph for what a reader must not miss (a misleading number, an unmet precondition). */
  static String warning(String text) {
    return "<p class=\"warning\"><strong>Warning:</strong> " + escape(text) + "</p>";
  }

  static String image(String dataUri, String alt) {
    return "<img src=\"" + dataUri + "\" alt=\"" + escape(alt) + "\">";
  }

  /** A table; the first column is left-aligned (labels), the rest right-aligned (numbers). */
  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder html = new StringBuilder("<table><tr>");
    for (int i = 0; i < header.size(); i++) {
      html.append(i == 0 ? "<th class=\"l\">" : "<th>").append(escape(header.get(i))).append("</th>");
    }
    html.append("</tr>");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        html.append(i == 0 ? "<td class=\"l\">" : "<td>").append(escape(row.get(i))).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table>").toString();
  }

  static String number(double value, int decimals) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
