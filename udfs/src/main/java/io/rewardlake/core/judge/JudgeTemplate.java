package io.rewardlake.core.judge;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A judge prompt as the RLAIF paper lays it out: a preamble (the task and criteria), optional few-shot exemplars,
 * the sample (context, then the responses) and an ending that asks for the label ({@code "Preferred Response="}).
 *
 * <p>Sample text is user data and may contain anything, including text that looks like this template's own
 * structure. Every sample field is therefore put inside {@code <<<NAME ... NAME>>>} markers, and any marker-like
 * run of angle brackets inside the field is broken up first, so a response can neither close its block early nor
 * open a fake "answer" block.
 *
 * @param id template id, recorded on every label with {@link #version}
 * @param cotInstruction what to ask for before the label in chain-of-thought mode
 * @param scoring the direct (d-RLAIF) prompt: one response rated 1–10
 */
public record JudgeTemplate(String id, int version, String preamble, List<Exemplar> exemplars, String ending,
    String cotInstruction, Scoring scoring) implements Serializable {
  private static final Pattern MARKERS = Pattern.compile("<{3,}|>{3,}");

  /** A solved example shown before the sample; {@code label} is "1" or "2". */
  public record Exemplar(String context, String first, String second, String label) implements Serializable {
    public Exemplar {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (!label.equals("1") && !label.equals("2")) {
        throw new IllegalArgumentException("an exemplar's label is 1 or 2, got '" + label + "'");
      }
    }
  }

  /**
   * The direct-mode prompt: {@code preamble}, the context and the one response, then {@code ending}, after which the
   * judge's first token is its score.
   */
  public record Scoring(String preamble, String ending) implements Serializable {
    public static final Scoring DEFAULT = new Scoring(
        "Rate how good the response is as a reply to the conversation, from 1 (very bad) to 10 (excellent).",
        "Score (1-10)=");

    public Scoring {
      Objects.requireNonNull(preamble, "scoring preamble");
      Objects.requireNonNull(ending, "scoring ending");
    }
  }

  /** A template with the default direct-mode prompt. */
  public JudgeTemplate(String id, int version, String preamble, List<Exemplar> exemplars, String ending,
      String cotInstruction) {
    this(id, version, preamble, exemplars, ending, cotInstruction, Scoring.DEFAULT);
  }

  public JudgeTemplate {
    if (id == null || !id.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("template id must be letters, digits, '.', '_' or '-', got '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("template version must be >= 1, got " + version);
    }
    Objects.requireNonNull(preamble, "preamble");
    exemplars = List.copyOf(exemplars);
    Objects.requireNonNull(ending, "ending");
    Objects.requireNonNull(cotInstruction, "cotInstruction");
    Objects.requireNonNull(scoring, "scoring");
  }

  /** {@code id@version}, the value of {@code ai_labels.template_id}. */
  public String templateId() {
    return id + "@v" + version;
  }

  /** The pairwise prompt; the answer position is right after the ending. */
  public String pairwise(String context, String first, String second) {
    return head() + sample(context, first, second) + ending;
  }

  /** Chain of thought, step 1: the prompt that asks for a rationale instead of the label. */
  public String rationaleRequest(String context, String first, String second) {
    return head() + sample(context, first, second) + cotInstruction;
  }

  /** Chain of thought, step 2: the rationale appended, then the ending that asks for the label. */
  public String pairwiseAfterRationale(String context, String first, String second, String rationale) {
    return rationaleRequest(context, first, second) + block("RATIONALE", rationale) + ending;
  }

  /** Direct mode: the prompt asking for a 1–10 score of one response; the answer position is after the ending. */
  public String direct(String context, String response) {
    return scoring.preamble() + "\n\n" + block("CONTEXT", context) + block("RESPONSE", response) + scoring.ending();
  }

  private String head() {
    StringBuilder out = new StringBuilder(preamble).append("\n\n");
    for (Exemplar exemplar : exemplars) {
      out.append(sample(exemplar.context(), exemplar.first(), exemplar.second())).append(ending)
          .append(exemplar.label()).append("\n\n");
    }
    return out.toString();
  }

  private static String sample(String context, String first, String second) {
    return block("CONTEXT", context) + block("RESPONSE 1", first) + block("RESPONSE 2", second);
  }

  private static String block(String name, String text) {
    return "<<<" + name + "\n" + neutralise(text == null ? "" : text) + "\n" + name + ">>>\n\n";
  }

  /** Breaks runs of three or more angle brackets with spaces, so user text cannot form a marker. */
  static String neutralise(String text) {
    return MARKERS.matcher(text).replaceAll(match -> String.join(" ", match.group().split("")));
  }
}
