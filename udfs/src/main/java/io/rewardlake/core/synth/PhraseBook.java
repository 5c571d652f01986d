package io.rewardlake.core.synth;

import java.util.List;

/**
 * All the text of one language. Sentences are grouped by what they say about quality: the helpful pools
 * ({@link Topic#advice()}, {@code goodTemplates}), the unhelpful ones ({@code vague}, {@code offTopic},
 * {@code curt}, {@code rude}, {@code compliance}), the neutral filler that paraphrases vary, and {@code refusals},
 * whose value depends on the prompt. Templates carry {@value #SUBJECT} where the topic's subject goes.
 */
record PhraseBook(List<Topic> topics, List<String> openers, List<String> fillers, List<String> goodTemplates,
                  List<String> vague, List<String> offTopic, List<String> curt, List<String> rude,
                  List<String> refusals, List<String> compliance, List<String> acks, List<String> followUps) {

  static final String SUBJECT = "{subject}";

  PhraseBook {
    topics = List.copyOf(topics);
    openers = swappable("openers", nonEmpty("openers", openers));
    fillers = swappable("fillers", nonEmpty("fillers", fillers));
    goodTemplates = nonEmpty("goodTemplates", goodTemplates);
    vague = nonEmpty("vague", vague);
    offTopic = nonEmpty("offTopic", offTopic);
    curt = nonEmpty("curt", curt);
    rude = nonEmpty("rude", rude);
    refusals = nonEmpty("refusals", refusals);
    compliance = nonEmpty("compliance", compliance);
    acks = nonEmpty("acks", acks);
    followUps = nonEmpty("followUps", followUps);
  }

  /** Topics of one family, in declaration order (never a hash order: the bytes must not depend on it). */
  List<Topic> topicsOf(Family family) {
    return topics.stream().filter(topic -> topic.family() == family).toList();
  }

  static String fill(String template, String subject) {
    return template.replace(SUBJECT, subject);
  }

  /** A paraphrase swaps one filler for another from the same pool, so there must be another. */
  private static List<String> swappable(String name, List<String> pool) {
    if (pool.size() < 2 || pool.stream().distinct().count() != pool.size()) {
      throw new IllegalArgumentException(name + " needs at least two distinct phrases, got " + pool);
    }
    return pool;
  }

  static List<String> nonEmpty(String name, List<String> phrases) {
    if (phrases.isEmpty() || phrases.stream().anyMatch(phrase -> phrase.isBlank() || phrase.contains("\n"))) {
      throw new IllegalArgumentException(name + " must be non-empty single-line phrases, got " + phrases);
    }
    return List.copyOf(phrases);
  }
}
