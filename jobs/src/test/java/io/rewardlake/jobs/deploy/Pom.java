package io.rewardlake.jobs.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parent pom's project version and pinned properties, so deploy files are checked against the build's own. */
record Pom(String text) {
  static Pom read() throws IOException {
    return new Pom(Files.readString(RepoFiles.ROOT.resolve("pom.xml")));
  }

  String version() {
    return first("<artifactId>rewardlake-parent</artifactId>\\s*<version>([^<]+)</version>");
  }

  String property(String name) {
    return first("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
  }

  private String first(String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("pom.xml has no match for " + regex);
    }
    return m.group(1);
  }
}
