package io.rewardlake.core.djl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checked-in fixtures of {@code src/test/python/make_djl_fixtures.py} and an independent reading of them: the
 * weights from {@code fixture.json} and the fixture tokenizer's split rule (whitespace, then runs of word characters
 * or of other characters), so tests compute the expected numbers without going through DJL.
 */
public final class DjlFixtures {
  private static final Pattern WORDS = Pattern.compile("\\w+|[^\\w\\s]+");

  private DjlFixtures() {}

  public static Path rewardModel() {
    return resource("djl/rm-tiny");
  }

  public static Path judgeModel() {
    return resource("djl/lm-tiny");
  }

  /** The pre-tokenised words of {@code text}, as the fixture tokenizer splits it. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher matcher = WORDS.matcher(text);
    while (matcher.find()) {
      out.add(matcher.group());
    }
    return out;
  }

  /** A number-valued map of the fixture's {@code fixture.json}, e.g. {@code weights}. */
  public static Map<String, Double> numbers(Path directory, String field) {
    Map<String, Double> out = new HashMap<>();
    fixture(directory).path(field).fields().forEachRemaining(entry -> out.put(entry.getKey(),
        entry.getValue().asDouble()));
    return out;
  }

  public static JsonNode fixture(Path directory) {
    try {
      return new ObjectMapper().readTree(directory.resolve("fixture.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(DjlFixtures.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
