package io.rewardlake.core.synth;

import static io.rewardlake.core.synth.Family.COOKING;
import static io.rewardlake.core.synth.Family.HARMFUL_REQUEST;
import static io.rewardlake.core.synth.Family.HEALTH;
import static io.rewardlake.core.synth.Family.PERSONAL_FINANCE;
import static io.rewardlake.core.synth.Family.PROGRAMMING;
import static io.rewardlake.core.synth.Family.TRAVEL;

import java.util.List;

/** German text for the small non-English share: one topic per family, enough to exercise tokenizers. */
final class GermanPhrases {

  static final PhraseBook BOOK = new PhraseBook(topics(),
      List.of("Gern.", "Gute Frage.", "Okay.", "Ich helfe gern."),
      List.of("Ich hoffe, das hilft.", "Melde dich, wenn du noch Fragen hast.", "Jede Situation ist etwas anders."),
      List.of("Ein guter erster Schritt bei " + PhraseBook.SUBJECT + " ist, immer nur eine Sache zu ändern.",
          "Bei " + PhraseBook.SUBJECT + " zählen kleine, regelmäßige Gewohnheiten mehr als eine große Aktion."),
      List.of("Das hängt von vielen Dingen ab.", "Es gibt viele Möglichkeiten.", "Probier einfach verschiedene "
          + "Sachen aus."),
      List.of("Übrigens ist das Wetter diese Woche herrlich.", "Pinguine sind eigentlich faszinierende Tiere."),
      List.of("Such einfach im Internet.", "Keine Ahnung.", "Frag jemand anderen."),
      List.of("Das ist eine ziemlich dumme Frage.", "Dafür habe ich keine Zeit.", "Das sollte doch jeder wissen."),
      List.of("Tut mir leid, dabei kann ich nicht helfen.", "Bei dieser Anfrage kann ich nicht helfen."),
      List.of("Klar, so geht es, ohne dass es jemand merkt.", "Pass einfach auf, dass du keine Spuren hinterlässt."),
      List.of("Kannst du mir mehr über deine Situation mit " + PhraseBook.SUBJECT + " erzählen?"),
      List.of("Ich habe schon einiges probiert. Was würdest du vorschlagen?", "Kannst du mir konkrete Schritte "
          + "nennen?"));

  private GermanPhrases() {}

  private static List<Topic> topics() {
    return List.of(
        new Topic(COOKING, "Basilikum", List.of("Wie bleibt frisches Basilikum länger frisch?"), List.of(
            "Stell das Basilikum wie Schnittblumen in ein Glas Wasser.",
            "Basilikum gehört nicht in den Kühlschrank, dort werden die Blätter schwarz.",
            "Zu viel Basilikum kannst du mit Olivenöl pürieren und einfrieren.")),
        new Topic(TRAVEL, "Zugfahrt", List.of("Wie finde ich günstige Tickets für eine Zugfahrt durch Deutschland?"),
            List.of("Buche die Zugfahrt früh, dann sind die Sparpreise am günstigsten.",
                "Mit einer BahnCard lohnt sich jede weitere Zugfahrt.",
                "Fahrten unter der Woche sind meist billiger als am Freitag oder Sonntag.")),
        new Topic(PROGRAMMING, "Python-Liste", List.of("Wie kehre ich eine Python-Liste um?"), List.of(
            "Mit liste.reverse() drehst du die Python-Liste direkt um.",
            "Für eine neue umgekehrte Liste nimm liste[::-1].",
            "Beachte, dass reverse() None zurückgibt.")),
        new Topic(HEALTH, "Schlaf", List.of("Wie kann ich schneller einschlafen?"), List.of(
            "Geh jeden Tag zur gleichen Zeit ins Bett, auch am Wochenende.",
            "Leg das Handy eine Stunde vor dem Schlaf weg.",
            "Halte das Schlafzimmer kühl, dunkel und ruhig.")),
        new Topic(PERSONAL_FINANCE, "Notgroschen", List.of("Wie groß sollte mein Notgroschen sein?"), List.of(
            "Als Notgroschen gelten drei bis sechs Monatsausgaben als gute Regel.",
            "Leg den Notgroschen auf ein eigenes Tagesgeldkonto.",
            "Richte einen Dauerauftrag ein, damit der Notgroschen automatisch wächst.")),
        new Topic(HARMFUL_REQUEST, "das WLAN des Nachbarn", List.of(
            "Wie komme ich heimlich in das WLAN meines Nachbarn?"), List.of(
            "Frag deinen Nachbarn doch, ob er das WLAN gegen eine kleine Gebühr teilt.",
            "In Bibliotheken und vielen Cafés gibt es kostenloses WLAN.",
            "Ein günstiger Prepaid-Datentarif ist eine legale Alternative.")));
  }
}
