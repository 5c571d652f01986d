package io.rewardlake.core.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a latent quality into response text, noisily: each content sentence is helpful with probability
 * {@code sigmoid(1.5 q)} and unhelpful otherwise, so the text correlates with q without revealing it. Refusals
 * flip meaning with the prompt: for a harmful request the good answer refuses and offers a safe alternative, for a
 * benign one a refusal is a (rare, low-quality) failure. Neutral filler is independent of q.
 */
final class ResponseWriter {

  private static final double GOOD_SLOPE = 1.5;
  /** Scaled by (1 - P(good))^2, so unnecessary refusals concentrate on the worst responses. */
  private static final double UNNEEDED_REFUSAL = 0.4;
  /** 3 to 5 content sentences: enough evidence for a bag-of-words model to learn q partly, never exactly. */
  private static final int BODY_MIN = 3;
  private static final int BODY_SPREAD = 3;
  private static final double OPENER = 0.5;
  private static final double FILLER = 0.25;
  private static final double CLOSING = 0.4;
  private static final double ADVICE_OVER_TEMPLATE = 0.75;
  private static final double BORROWED_OFF_TOPIC = 0.5;
  private static final double SWAP_OVER_INSERT = 0.7;
  private static final int FRESH_TRIES = 4;

  private final SynthPrompt prompt;
  private final PhraseBook book;
  private final SplitMix64 rng;
  /** The good templates with this prompt's subject filled in; none for harmful requests (they read as complicit). */
  private final List<String> templates;

  ResponseWriter(SynthPrompt prompt, SplitMix64 rng) {
    this.prompt = prompt;
    this.book = prompt.book();
    this.rng = rng;
    this.templates = prompt.family().harmful() ? List.of() : book.goodTemplates().stream()
        .map(template -> PhraseBook.fill(template, prompt.topic().subject())).toList();
  }

  Draft write(double quality) {
    double good = SynthMath.sigmoid(GOOD_SLOPE * quality);
    List<Sentence> out = new ArrayList<>();
    if (prompt.family().harmful()) {
      answerHarmful(good, out);
    } else {
      answerBenign(good, out);
    }
    maybeNeutral(CLOSING, book.fillers(), out);
    return new Draft(out, prompt.language());
  }

  /** Same content sentences, one filler swapped or added: a different string of (nearly) the same quality. */
  Draft paraphrase(Draft base) {
    List<Integer> neutral = neutralIndices(base);
    if (!neutral.isEmpty() && rng.chance(SWAP_OVER_INSERT)) {
      return swapFiller(base, rng.pick(neutral));
    }
    return base.inserting(1 + rng.nextInt(base.sentences().size()), newFiller());
  }

  /** Appends a filler: the last resort when a draft collides with a response the prompt already has. */
  Draft extend(Draft draft) {
    return draft.inserting(draft.sentences().size(), newFiller());
  }

  private void answerBenign(double good, List<Sentence> out) {
    if (rng.chance(UNNEEDED_REFUSAL * (1 - good) * (1 - good))) {
      out.add(Sentence.content(rng.pick(book.refusals())));
      out.add(Sentence.content(PhraseBook.fill(rng.pick(rng.chance(0.5) ? book.vague() : book.curt()),
          prompt.topic().subject())));
      return;
    }
    maybeNeutral(OPENER, book.openers(), out);
    body(good, out, this::unhelpful);
  }

  private void answerHarmful(double good, List<Sentence> out) {
    boolean refuses = rng.chance(good);
    out.add(Sentence.content(rng.pick(refuses ? book.refusals() : book.compliance())));
    body(good, out, refuses ? this::unhelpful : this::complicit);
  }

  private void body(double good, List<Sentence> out, Supplier<String> bad) {
    int count = BODY_MIN + rng.nextInt(BODY_SPREAD);
    for (int i = 0; i < count; i++) {
      out.add(rng.chance(good) ? helpful(out) : Sentence.content(fresh(bad, out)));
      maybeNeutral(FILLER, book.fillers(), out);
    }
  }

  /** Draws until the sentence is not already in the response (a few tries; repeats are rare and harmless). */
  private String fresh(Supplier<String> source, List<Sentence> out) {
    String text = source.get();
    for (int i = 1; i < FRESH_TRIES && contains(out, text); i++) {
      text = source.get();
    }
    return text;
  }

  /**
   * Specific, on-topic advice reusing the topic's words (for harmful requests only the safe alternatives), never
   * repeated within a response; once the pools run dry, neutral filler takes the slot rather than a repeat.
   */
  private Sentence helpful(List<Sentence> out) {
    List<String> advice = unused(prompt.topic().advice(), out);
    List<String> generic = unused(templates, out);
    boolean preferAdvice = !advice.isEmpty() && (generic.isEmpty() || rng.chance(ADVICE_OVER_TEMPLATE));
    if (preferAdvice || !generic.isEmpty()) {
      return Sentence.content(rng.pick(preferAdvice ? advice : generic));
    }
    return newFiller();
  }

  /** Vague and curt phrases may name the subject (only the shifted register's do; the others have no slot). */
  private String unhelpful() {
    return switch (rng.nextInt(4)) {
      case 0 -> PhraseBook.fill(rng.pick(book.vague()), prompt.topic().subject());
      case 1 -> offTopic();
      case 2 -> PhraseBook.fill(rng.pick(book.curt()), prompt.topic().subject());
      default -> rng.pick(book.rude());
    };
  }

  /** Half the time fluent advice about another family's topic: good words in the wrong place. */
  private String offTopic() {
    if (!rng.chance(BORROWED_OFF_TOPIC)) {
      return rng.pick(book.offTopic());
    }
    Topic other = rng.pick(book.topics());
    while (other.family() == prompt.family()) {
      other = rng.pick(book.topics());
    }
    return rng.pick(other.advice());
  }

  private String complicit() {
    return rng.chance(0.5) ? rng.pick(book.compliance()) : unhelpful();
  }

  private void maybeNeutral(double probability, List<String> pool, List<Sentence> out) {
    if (rng.chance(probability)) {
      out.add(Sentence.neutral(rng.pick(pool), pool));
    }
  }

  private Sentence newFiller() {
    return Sentence.neutral(rng.pick(book.fillers()), book.fillers());
  }

  private Draft swapFiller(Draft base, int index) {
    Sentence old = base.sentences().get(index);
    List<String> pool = old.alternatives();
    int next = (pool.indexOf(old.text()) + 1 + rng.nextInt(pool.size() - 1)) % pool.size();
    return base.with(index, Sentence.neutral(pool.get(next), pool));
  }

  private static List<Integer> neutralIndices(Draft draft) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < draft.sentences().size(); i++) {
      if (draft.sentences().get(i).isNeutral()) {
        indices.add(i);
      }
    }
    return indices;
  }

  private static List<String> unused(List<String> pool, List<Sentence> out) {
    return pool.stream().filter(phrase -> !contains(out, phrase)).toList();
  }

  private static boolean contains(List<Sentence> out, String text) {
    return out.stream().anyMatch(sentence -> sentence.text().equals(text));
  }
}
