package io.rewardlake.jobs.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the generated reference pages. Run by the build ({@code mvn -B -pl jobs -Pdocs process-classes}, or
 * {@code bin/rewardlake}'s classpath with this class as main) with the {@code docs/reference} folder as argument.
 */
public final class ReferencePages {
  /** File name under docs/reference to page text. */
  public static Map<String, String> pages() {
    return Map.of(
        "configuration.md", ConfigurationReference.render(),
        "tables.md", TableReference.render());
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReferencePages <docs/reference folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Files.writeString(folder.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + folder.resolve(page.getKey()));
    }
  }

  private ReferencePages() {}
}
