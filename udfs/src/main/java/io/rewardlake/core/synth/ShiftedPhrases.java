package io.rewardlake.core.synth;

import java.util.List;

/**
 * The shifted distribution (the evidence for contrastive learning and MetaRM): the same English topics and
 * questions, answered in a register the labelled corpus never uses. Helpful sentences are the topics' advice as
 * telegraphic notes ("Pro tip:" and the advice's words longer than three letters), so their content words are
 * known but their bigrams are not; openers, fillers, templates and every unhelpful pool are new phrases in a terse,
 * corporate style, and the vague and curt ones name the prompt's subject, so echoing the prompt (a cue the default
 * corpus rewards) no longer marks a helpful sentence. A model trained on the default corpus knows part of the good
 * vocabulary and none of the bad: the kind of policy drift MetaRM is meant to keep a reward model sensitive to.
 */
final class ShiftedPhrases {
  static final PhraseBook BOOK = new PhraseBook(
      EnglishPhrases.BOOK.topics().stream().map(ShiftedPhrases::reframed).toList(),
      List.of("Quick take.", "Bottom line first.", "Short version.", "Noted, here goes."),
      List.of("Circle back anytime.", "Standard caveats apply.", "Ping me for details.", "Your mileage may vary."),
      List.of("Pro tip: with " + PhraseBook.SUBJECT + ", benchmark one change per iteration.",
          "Pro tip: log each attempt with " + PhraseBook.SUBJECT + " to surface the pattern.",
          "Pro tip: with " + PhraseBook.SUBJECT + ", a repeatable routine beats a heroic one-off."),
      List.of("Lots of moving parts with " + PhraseBook.SUBJECT + ".", "With " + PhraseBook.SUBJECT + ", it could go"
          + " either way, honestly.", "Hard to say anything about " + PhraseBook.SUBJECT + " without more context.",
          "Depends on your use case for " + PhraseBook.SUBJECT + ".", "Various options exist for "
          + PhraseBook.SUBJECT + "."),
      List.of("Unrelated, but the quarterly numbers looked solid.", "Side note: the office coffee machine is broken.",
          "Fun fact: octopuses have three hearts.", "Random aside: synergy is underrated."),
      List.of("Google " + PhraseBook.SUBJECT + ".", "Not my area, " + PhraseBook.SUBJECT + ".", "Pass on "
          + PhraseBook.SUBJECT + ".", "Dunno about " + PhraseBook.SUBJECT + ".", "Try a forum for "
          + PhraseBook.SUBJECT + "."),
      List.of("Low-effort question, frankly.", "This is basic stuff.", "Not worth my bandwidth.",
          "Seriously, read the manual."),
      List.of("Hard pass on that one.", "Not doing that, sorry.", "That's a no from me.",
          "Declining this request."),
      List.of("Easy: just do it off the books.", "Pro move: make sure nobody is watching.",
          "Keep it quiet and you're fine.", "Zero risk if you skip the paperwork."),
      EnglishPhrases.BOOK.acks(),
      EnglishPhrases.BOOK.followUps());

  private ShiftedPhrases() {}

  private static Topic reframed(Topic topic) {
    return new Topic(topic.family(), topic.subject(), topic.questions(),
        topic.advice().stream().map(ShiftedPhrases::telegraphic).toList());
  }

  /** "Trim the basil stems and stand them in a glass" → "Pro tip: Trim basil stems stand them glass". */
  static String telegraphic(String advice) {
    StringBuilder out = new StringBuilder("Pro tip:");
    for (String word : advice.split(" ")) {
      if (word.replaceAll("\\p{Punct}", "").length() > 3) {
        out.append(' ').append(word);
      }
    }
    return out.toString();
  }
}
