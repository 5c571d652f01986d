package io.rewardlake.jobs.docs;

/** The little Markdown the reference pages need: table cells that cannot break the table. */
final class Markdown {
  private Markdown() {}

  /** A table cell: pipes escaped, line breaks flattened. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }

  /** A cell shown as code, or an em dash when there is nothing to show. */
  static String code(String text) {
    return text.isEmpty() ? "—" : "`" + cell(text) + "`";
  }

  static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
