package io.rewardlake.jobs.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The manual as a newcomer meets it: README is short, every page is reachable from it, no link is broken. */
class ManualTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");

  @Test
  void theReadmeIsAFrontPage() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme.length()).as("README.md stays a front page; move details to docs/").isLessThan(10_500);
    assertThat(readme).contains("bin/rewardlake pipeline", "mvn -B verify");
  }

  @Test
  void everyPageUnderDocsIsReachableFromTheReadme() {
    Set<Path> reached = reachableFrom(ROOT.resolve("README.md"));
    assertThat(markdownUnder(ROOT.resolve("docs"))).allSatisfy(page ->
        assertThat(reached).as("a link chain from README.md to %s", ROOT.relativize(page)).contains(page));
  }

  @Test
  void everyRelativeLinkPointsAtAFileThatExists() {
    List<String> broken = new ArrayList<>();
    for (Path page : pagesWithLinks()) {
      for (Path target : links(page)) {
        if (!Files.exists(target)) {
          broken.add(ROOT.relativize(page) + " -> " + ROOT.relativize(target));
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  private static List<Path> pagesWithLinks() {
    List<Path> pages = new ArrayList<>(markdownUnder(ROOT.resolve("docs")));
    pages.add(ROOT.resolve("README.md"));
    return pages;
  }

  private static Set<Path> reachableFrom(Path start) {
    Set<Path> seen = new HashSet<>(List.of(start));
    Deque<Path> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (Path target : links(queue.remove())) {
        if (target.toString().endsWith(".md") && Files.exists(target) && seen.add(target)) {
          queue.add(target);
        }
      }
    }
    return seen;
  }

  /** Relative link targets of a page (web links and in-page anchors are not files). */
  private static List<Path> links(Path page) {
    List<Path> targets = new ArrayList<>();
    Matcher matcher = LINK.matcher(read(page));
    while (matcher.find()) {
      String target = matcher.group(1);
      if (!target.contains("://") && !target.startsWith("mailto:")) {
        targets.add(page.getParent().resolve(target).normalize());
      }
    }
    return targets;
  }

  private static List<Path> markdownUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".md")).map(Path::normalize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
