package io.airisk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A questionnaire version's texts in another language: every title, question, option, anchor,
 * help, dimension, interaction, reference and recommendation text, keyed by the ids of the
 * definition it translates. Only words change: {@link #applyTo(Questionnaire)} keeps every id,
 * weight, risk and rule, so a score never depends on the language it was asked in.
 *
 * @param version the definition it translates, such as {@code v3}
 * @param language a lower-case ISO 639-1 code, such as {@code de}
 * @param references each reference's summary, by its id ({@code R1})
 * @param options each option's label, by its id, in {@link QuestionTexts}
 * @param anchors each anchor's label, by its value written as a decimal integer ({@code "1"})
 */
public record QuestionnaireTranslation(
        String version,
        String language,
        String title,
        String description,
        String notice,
        Map<String, String> references,
        Map<String, DimensionTexts> dimensions,
        Map<String, InteractionTexts> interactions,
        Map<String, QuestionTexts> questions,
        Map<String, RecommendationTexts> recommendations) {

    public QuestionnaireTranslation {
        references = references == null ? Map.of() : Map.copyOf(references);
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        interactions = interactions == null ? Map.of() : Map.copyOf(interactions);
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        recommendations = recommendations == null ? Map.of() : Map.copyOf(recommendations);
    }

    public record DimensionTexts(String name, String description) {}

    public record InteractionTexts(String name, String rationale) {}

    public record QuestionTexts(String text, String help, Map<String, String> options, Map<String, String> anchors) {

        public QuestionTexts {
            options = options == null ? Map.of() : Map.copyOf(options);
            anchors = anchors == null ? Map.of() : Map.copyOf(anchors);
        }
    }

    public record RecommendationTexts(String title, String rationale, String target, String tradeOff) {}

    /**
     * What keeps this translation from standing in for {@code original}'s texts: each text the
     * original has and this one lacks or leaves blank, and each key the original does not have,
     * named by its path ({@code questions.llm.production_use.options.core}). Empty when complete.
     */
    public List<String> problems(Questionnaire original) {
        List<String> problems = new ArrayList<>();
        if (!original.version().equals(version)) {
            problems.add("version: translates '" + version + "', not '" + original.version() + "'");
        }
        if (language == null || !language.matches("[a-z]{2}")) {
            problems.add("language: a lower-case two-letter code, not '" + language + "'");
        }
        text(problems, "title", original.title(), title);
        text(problems, "description", original.description(), description);
        text(problems, "notice", original.notice(), notice);
        keys(problems, "references", ids(original.references(), Reference::id), references.keySet());
        for (Reference reference : original.references()) {
            text(problems, "references." + reference.id(), reference.summary(), references.get(reference.id()));
        }
        keys(problems, "dimensions", ids(original.dimensions(), Dimension::id), dimensions.keySet());
        for (Dimension dimension : original.dimensions()) {
            DimensionTexts texts = dimensions.getOrDefault(dimension.id(), new DimensionTexts(null, null));
            String path = "dimensions." + dimension.id();
            text(problems, path + ".name", dimension.name(), texts.name());
            text(problems, path + ".description", dimension.description(), texts.description());
        }
        keys(problems, "interactions", ids(original.interactions(), Interaction::id), interactions.keySet());
        for (Interaction interaction : original.interactions()) {
            InteractionTexts texts = interactions.getOrDefault(interaction.id(), new InteractionTexts(null, null));
            String path = "interactions." + interaction.id();
            text(problems, path + ".name", interaction.name(), texts.name());
            text(problems, path + ".rationale", interaction.rationale(), texts.rationale());
        }
        keys(problems, "questions", ids(original.questions(), Question::id), questions.keySet());
        for (Question question : original.questions()) {
            QuestionTexts texts =
                    questions.getOrDefault(question.id(), new QuestionTexts(null, null, Map.of(), Map.of()));
            String path = "questions." + question.id();
            text(problems, path + ".text", question.text(), texts.text());
            text(problems, path + ".help", question.help(), texts.help());
            List<Option> options = question.options() == null ? List.of() : question.options();
            keys(
                    problems,
                    path + ".options",
                    ids(options, Option::id),
                    texts.options().keySet());
            for (Option option : options) {
                text(
                        problems,
                        path + ".options." + option.id(),
                        option.label(),
                        texts.options().get(option.id()));
            }
            List<Anchor> anchors = question.anchors() == null ? List.of() : question.anchors();
            keys(
                    problems,
                    path + ".anchors",
                    ids(anchors, QuestionnaireTranslation::anchorKey),
                    texts.anchors().keySet());
            for (Anchor anchor : anchors) {
                String key = anchorKey(anchor);
                text(
                        problems,
                        path + ".anchors." + key,
                        anchor.label(),
                        texts.anchors().get(key));
            }
        }
        keys(
                problems,
                "recommendations",
                ids(original.recommendations(), RecommendationRule::id),
                recommendations.keySet());
        for (RecommendationRule rule : original.recommendations()) {
            RecommendationTexts texts =
                    recommendations.getOrDefault(rule.id(), new RecommendationTexts(null, null, null, null));
            String path = "recommendations." + rule.id();
            text(problems, path + ".title", rule.title(), texts.title());
            text(problems, path + ".rationale", rule.rationale(), texts.rationale());
            text(problems, path + ".target", rule.target(), texts.target());
            text(problems, path + ".tradeOff", rule.tradeOff(), texts.tradeOff());
        }
        return problems;
    }

    /**
     * {@code original} with this translation's texts: the same ids, weights, risks, conditions and
     * rules, so that every answer scores as it does in the original. Call only when
     * {@link #problems(Questionnaire)} is empty.
     */
    public Questionnaire applyTo(Questionnaire original) {
        return new Questionnaire(
                original.version(),
                title,
                description,
                notice,
                original.dimensions().stream()
                        .map(d -> {
                            DimensionTexts texts = dimensions.get(d.id());
                            return new Dimension(d.id(), texts.name(), texts.description(), d.weight());
                        })
                        .toList(),
                original.questions().stream().map(this::translated).toList(),
                original.interactions().stream()
                        .map(i -> {
                            InteractionTexts texts = interactions.get(i.id());
                            return new Interaction(
                                    i.id(), texts.name(), i.first(), i.second(), i.weight(), texts.rationale());
                        })
                        .toList(),
                original.compounding(),
                original.bands(),
                original.recommendations().stream()
                        .map(r -> {
                            RecommendationTexts texts = recommendations.get(r.id());
                            return new RecommendationRule(
                                    r.id(),
                                    r.reference(),
                                    texts.title(),
                                    texts.rationale(),
                                    r.triggers(),
                                    r.target() == null ? null : texts.target(),
                                    r.effort(),
                                    r.tradeOff() == null ? null : texts.tradeOff());
                        })
                        .toList(),
                original.references().stream()
                        .map(r -> new Reference(r.id(), references.get(r.id())))
                        .toList(),
                original.migration());
    }

    private Question translated(Question q) {
        QuestionTexts texts = questions.get(q.id());
        return new Question(
                q.id(),
                q.code(),
                q.dimension(),
                texts.text(),
                q.help() == null ? null : texts.help(),
                q.type(),
                q.required(),
                q.weight(),
                q.references(),
                q.options() == null
                        ? null
                        : q.options().stream()
                                .map(o -> new Option(o.id(), texts.options().get(o.id()), o.risk(), o.exclusive()))
                                .toList(),
                q.min(),
                q.max(),
                q.unit(),
                q.riskDirection(),
                q.showIf(),
                q.respondent(),
                q.allowsUnknown(),
                q.unknownRisk(),
                q.anchors() == null
                        ? null
                        : q.anchors().stream()
                                .map(a -> new Anchor(a.value(), texts.anchors().get(anchorKey(a))))
                                .toList(),
                q.combine(),
                q.scaledBy());
    }

    private static String anchorKey(Anchor anchor) {
        return String.valueOf(anchor.value());
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new TreeSet<>();
        for (T item : items) {
            ids.add(id.apply(item));
        }
        return ids;
    }

    /** Each key of {@code translated} that {@code original} does not have. */
    private static void keys(List<String> problems, String path, Set<String> original, Set<String> translated) {
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(original);
        for (String key : extra) {
            problems.add(path + "." + key + ": not in the original");
        }
    }

    /** A text the original has must be translated; one it lacks must stay absent. */
    private static void text(List<String> problems, String path, String original, String translated) {
        if (original == null || original.isBlank()) {
            if (translated != null) {
                problems.add(path + ": the original has no text here");
            }
        } else if (translated == null || translated.isBlank()) {
            problems.add(path + ": missing");
        } else if (translated.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(path + ": holds a control character");
        }
    }
}
