package io.rewardlake.jobs.report;

import java.util.Objects;

/**
 * One part of the report: an anchor id, a title and its HTML body (already escaped).
 *
 * @param available false when the section's table is missing and the body says how to produce it
 */
public record Section(String id, String title, String body, boolean available) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }

  /** A panel saying which table is missing and the command that writes it. */
  static Section missing(String id, String title, String what, String command) {
    return new Section(id, title, "<div class=\"missing\">" + Html.escape(what) + " — run <code>"
        + Html.escape(command) + "</code></div>", false);
  }
}
