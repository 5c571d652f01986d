package io.rewardlake.core.synth;

import java.util.List;
import java.util.Objects;

/**
 * One thing a user can ask about.
 *
 * @param family the task family
 * @param subject the topic words that helpful sentences and the assistant's follow-up questions reuse
 * @param questions ways to ask, each a single Human turn
 * @param advice specific, on-topic sentences; for harmful requests these are the safe alternatives
 */
record Topic(Family family, String subject, List<String> questions, List<String> advice) {

  Topic {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(subject, "subject");
    questions = PhraseBook.nonEmpty("questions of " + subject, questions);
    advice = PhraseBook.nonEmpty("advice of " + subject, advice);
  }
}
