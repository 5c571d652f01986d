package io.rewardlake.jobs.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The instructions of deploy/docker/Dockerfile that the tests check (no Docker engine is needed): the base image,
 * what COPY takes from the build context and where COPY and ADD put files in the image.
 */
record Dockerfile(String from, List<String> copySources, List<String> destinations) {
  static Dockerfile read() throws IOException {
    List<String> lines = Files.readAllLines(RepoFiles.ROOT.resolve("deploy/docker/Dockerfile"));
    String from = null;
    List<String> sources = new ArrayList<>();
    List<String> destinations = new ArrayList<>();
    for (String line : lines) {
      String[] words = line.strip().split("\\s+");
      if (words[0].equals("FROM")) {
        from = words[1];
      } else if (words[0].equals("COPY") || words[0].equals("ADD")) {
        String target = words[words.length - 1];
        for (int i = 1; i < words.length - 1; i++) {
          String name = words[i].substring(words[i].lastIndexOf('/') + 1).replace("${RAPIDS_VERSION}", "25.04.0");
          if (words[0].equals("COPY")) {
            sources.add(words[i].endsWith("/") ? words[i].substring(0, words[i].length() - 1) : words[i]);
          }
          destinations.add(target.endsWith("/") ? target + name : target);
        }
      }
    }
    return new Dockerfile(from, List.copyOf(sources), List.copyOf(destinations));
  }
}
