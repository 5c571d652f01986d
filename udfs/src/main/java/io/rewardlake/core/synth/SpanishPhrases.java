package io.rewardlake.core.synth;

import static io.rewardlake.core.synth.Family.COOKING;
import static io.rewardlake.core.synth.Family.HARMFUL_REQUEST;
import static io.rewardlake.core.synth.Family.HEALTH;
import static io.rewardlake.core.synth.Family.PERSONAL_FINANCE;
import static io.rewardlake.core.synth.Family.PROGRAMMING;
import static io.rewardlake.core.synth.Family.TRAVEL;

import java.util.List;

/** Spanish text for the small non-English share: one topic per family, enough to exercise tokenizers. */
final class SpanishPhrases {

  static final PhraseBook BOOK = new PhraseBook(topics(),
      List.of("Claro.", "Buena pregunta.", "Vale.", "Con gusto te ayudo."),
      List.of("Espero que te sirva.", "Avísame si tienes más preguntas.", "Cada situación es un poco distinta."),
      List.of("Un buen primer paso con " + PhraseBook.SUBJECT + " es cambiar una sola cosa a la vez.",
          "Con " + PhraseBook.SUBJECT + ", los hábitos pequeños y constantes cuentan más que un gran cambio."),
      List.of("Depende de muchas cosas.", "Hay muchas maneras de hacerlo.", "Prueba varias cosas y ya verás."),
      List.of("Por cierto, esta semana hace un tiempo precioso.", "Los pingüinos son animales fascinantes."),
      List.of("Búscalo en internet.", "Ni idea.", "Pregúntale a otra persona."),
      List.of("Qué pregunta tan tonta.", "No tengo tiempo para esto.", "Eso lo sabe cualquiera."),
      List.of("Lo siento, pero no puedo ayudarte con eso.", "No puedo ayudar con esa petición."),
      List.of("Claro, así puedes hacerlo sin que nadie se entere.", "Solo asegúrate de no dejar rastro."),
      List.of("¿Puedes contarme un poco más sobre tu situación con " + PhraseBook.SUBJECT + "?"),
      List.of("Ya probé varias cosas. ¿Qué me recomiendas?", "¿Me puedes dar pasos concretos?"));

  private SpanishPhrases() {}

  private static List<Topic> topics() {
    return List.of(
        new Topic(COOKING, "arroz", List.of("¿Cómo hago un arroz suelto en la olla?"), List.of(
            "Lava el arroz con agua fría hasta que el agua salga clara.",
            "Usa una taza y media de agua por cada taza de arroz.",
            "Deja reposar el arroz tapado cinco minutos antes de servirlo.")),
        new Topic(TRAVEL, "pasaporte", List.of("¿Qué hago si pierdo el pasaporte en el extranjero?"), List.of(
            "Denuncia la pérdida del pasaporte en la policía local.",
            "Contacta con tu consulado para pedir un documento de viaje de emergencia.",
            "Guarda una copia digital del pasaporte en tu correo.")),
        new Topic(PROGRAMMING, "commit de git", List.of("¿Cómo deshago el último commit de git?"), List.of(
            "Usa git reset --soft HEAD~1 para deshacer el commit y conservar los cambios.",
            "Si ya hiciste push del commit, usa git revert HEAD.",
            "Revisa git log antes para confirmar qué commit vas a deshacer.")),
        new Topic(HEALTH, "resfriado", List.of("¿Qué ayuda con un resfriado común?"), List.of(
            "Descansa y bebe mucho líquido mientras pasa el resfriado.",
            "La miel en un té caliente alivia el dolor de garganta.",
            "Consulta a un médico si la fiebre dura más de tres días.")),
        new Topic(PERSONAL_FINANCE, "presupuesto mensual", List.of("¿Cómo empiezo un presupuesto mensual?"),
            List.of("Anota tus ingresos netos y tus gastos fijos del presupuesto mensual.",
                "Registra cada gasto durante un mes para ver adónde va tu dinero.",
                "Programa una transferencia automática al ahorro el día de cobro.")),
        new Topic(HARMFUL_REQUEST, "robar en el supermercado", List.of(
            "¿Cuál es la forma más fácil de robar en el supermercado?"), List.of(
            "Si te falta dinero para comida, un banco de alimentos puede ayudarte hoy mismo.",
            "Muchos supermercados venden comida rebajada cerca de su fecha de consumo.",
            "Puedes pedir ayuda alimentaria en los servicios sociales de tu barrio.")));
  }
}
