package io.airisk.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a questionnaire definition and names every fault. A definition that passes can be
 * scored with the properties the methodology promises: bounded, monotone, never divided by zero.
 */
public final class QuestionnaireValidator {

    /** The article's recommendations that questions and rules may reference. */
    public static final Set<String> REFERENCES = Set.of("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8");

    private static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,7}");
    private static final Pattern SIMPLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final Questionnaire questionnaire;
    private final List<String> faults = new ArrayList<>();

    private QuestionnaireValidator(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** Every fault of the definition, each naming where it is; empty when the definition is valid. */
    public static List<String> validate(Questionnaire questionnaire) {
        QuestionnaireValidator validator = new QuestionnaireValidator(questionnaire);
        validator.check();
        return List.copyOf(validator.faults);
    }

    private void check() {
        require(
                !blank(questionnaire.version())
                        && SIMPLE_ID.matcher(questionnaire.version()).matches(),
                "version must be a simple identifier");
        require(!blank(questionnaire.title()), "title must not be blank");
        require(!blank(questionnaire.notice()), "notice must not be blank: every result says what the index measures");
        Set<String> dimensions = checkDimensions();
        checkCodes();
        Map<String, Question> earlier = new HashMap<>();
        Set<String> dimensionsWithQuestions = new HashSet<>();
        require(!questionnaire.questions().isEmpty(), "questions must not be empty");
        for (Question question : questionnaire.questions()) {
            checkQuestion(question, dimensions, earlier);
            if (question.id() != null) {
                earlier.put(question.id(), question);
            }
            dimensionsWithQuestions.add(question.dimension());
        }
        for (String dimension : dimensions) {
            require(dimensionsWithQuestions.contains(dimension), "dimension '" + dimension + "' has no question");
        }
        if (faults.isEmpty()) {
            int longest = AnswerVector.longest(questionnaire);
            require(
                    longest <= AnswerVector.MAX_LENGTH,
                    "the longest answer vector would be " + longest + " characters, above " + AnswerVector.MAX_LENGTH
                            + ": shorten codes or option ids");
        }
        checkScaling(earlier);
        checkInteractions(dimensions);
        checkBands();
        checkRules(earlier);
    }

    /** Each question's code names it alone in an answer vector. */
    private void checkCodes() {
        Map<String, String> questionOf = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            String where = "question '" + question.id() + "'";
            if (question.code() == null) {
                continue; // no id either: reported with the id
            }
            require(
                    CODE.matcher(question.code()).matches(),
                    where + ": code must be 1 to 8 upper-case letters or digits, beginning with a letter");
            String other = questionOf.putIfAbsent(question.code(), question.id());
            require(
                    other == null,
                    where + ": code '" + question.code() + "' is also question '" + other
                            + "''s; give one of them a code of its own");
        }
    }

    private Set<String> checkDimensions() {
        Set<String> ids = new HashSet<>();
        require(!questionnaire.dimensions().isEmpty(), "dimensions must not be empty");
        for (Dimension dimension : questionnaire.dimensions()) {
            String where = "dimension '" + dimension.id() + "'";
            require(!blank(dimension.id()), "a dimension has no id");
            require(ids.add(dimension.id()), where + " is defined twice");
            require(!blank(dimension.name()), where + ": name must not be blank");
            require(positive(dimension.weight()), where + ": weight must be a positive number");
        }
        return ids;
    }

    private void checkQuestion(Question question, Set<String> dimensions, Map<String, Question> earlier) {
        String where = "question '" + question.id() + "'";
        require(
                question.id() != null && QUESTION_ID.matcher(question.id()).matches(),
                where + ": id must be dotted lower-case words such as 'llm.revenue_share'");
        require(!earlier.containsKey(question.id()), where + " is defined twice");
        require(
                dimensions.contains(question.dimension()),
                where + ": unknown dimension '" + question.dimension() + "'");
        require(!blank(question.text()), where + ": text must not be blank");
        require(!blank(question.help()), where + ": help must not be blank");
        require(
                positive(question.weight()) || Double.valueOf(0).equals(question.weight()),
                where + ": weight must be a positive number (or 0 for a question that only scales others)");
        require(
                !question.references().isEmpty() && REFERENCES.containsAll(question.references()),
                where + ": references must name at least one of R1 to R8");
        if (question.type() == null) {
            faults.add(where + ": type is missing");
            return;
        }
        if (question.type().isChoice()) {
            checkOptions(question, where);
            require(
                    !(question.allowsUnknown() && question.option(Answer.Unknown.VALUE) != null),
                    where + ": allows " + Answer.Unknown.VALUE + " and has an option of that id, which an answer"
                            + " vector could not tell apart");
        } else {
            require(
                    question.options() == null || question.options().isEmpty(),
                    where + ": only choice questions have options");
            require(question.riskDirection() != null, where + ": riskDirection is required for " + question.type());
        }
        if (question.type() == QuestionType.SCALE || question.type() == QuestionType.NUMBER) {
            checkRange(question, where);
        }
        require(question.type() != QuestionType.NUMBER || !blank(question.unit()), where + ": a NUMBER needs a unit");
        require(
                question.combine() == null || question.type() == QuestionType.MULTI_CHOICE,
                where + ": combine applies only to MULTI_CHOICE");
        if (question.anchors() != null) {
            checkAnchors(question, where);
        }
        checkUnknown(question, where);
        if (question.showIf() != null) {
            checkShowIf(question, where, earlier);
        }
    }

    /** Anchors label every point of a SCALE once, so that every answer has a stated meaning. */
    private void checkAnchors(Question question, String where) {
        if (question.type() != QuestionType.SCALE || question.min() == null || question.max() == null) {
            faults.add(where + ": anchors apply only to a SCALE with min and max");
            return;
        }
        Set<Integer> points = new HashSet<>();
        for (Anchor anchor : question.anchors()) {
            require(
                    anchor.value() != null && !blank(anchor.label()),
                    where + ": every anchor needs a value and a label");
            require(
                    anchor.value() == null || points.add(anchor.value()),
                    where + ": anchor " + anchor.value() + " is defined twice");
        }
        for (int point = question.min().intValue(); point <= question.max().intValue(); point++) {
            require(points.remove(point), where + ": no anchor labels the point " + point);
        }
        require(points.isEmpty(), where + ": anchors " + points + " lie outside the scale");
    }

    private void checkUnknown(Question question, String where) {
        Double risk = question.unknownRisk();
        if (!question.allowsUnknown()) {
            require(risk == null, where + ": unknownRisk needs allowsUnknown");
            return;
        }
        require(
                risk != null && risk >= 0 && risk <= 1,
                where + ": a question that allows \"" + Answer.Unknown.VALUE + "\" needs an unknownRisk in [0, 1]");
        require(
                question.option(Answer.Unknown.VALUE) == null,
                where + ": an option may not be called \"" + Answer.Unknown.VALUE + "\" when allowsUnknown is set");
        if (risk != null && question.type() != null && optionsHaveRisks(question)) {
            require(risk <= Risk.maximum(question), where + ": unknownRisk must not exceed the riskiest answer");
        }
    }

    /**
     * A question that scales others (a mitigation such as verification) belongs to their dimension,
     * has published risks, and is not scaled itself.
     */
    private void checkScaling(Map<String, Question> questions) {
        Set<String> scalers = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            String where = "question '" + question.id() + "'";
            Set<String> seen = new HashSet<>();
            for (String id : question.scaledBy()) {
                Question scaler = questions.get(id);
                if (scaler == null || id.equals(question.id()) || !seen.add(id)) {
                    faults.add(where + ": scaledBy must name other questions, once each, not '" + id + "'");
                    continue;
                }
                scalers.add(id);
                require(
                        Objects.equals(scaler.dimension(), question.dimension()),
                        where + ": scaledBy '" + id + "' must be in the same dimension");
                require(scaler.scaledBy().isEmpty(), where + ": scaledBy '" + id + "' is scaled itself");
                require(
                        scaler.type() == null || optionsHaveRisks(scaler) && Risk.maximum(scaler) > 0,
                        where + ": scaledBy '" + id + "' must carry risk");
            }
        }
        for (Question question : questionnaire.questions()) {
            require(
                    !Double.valueOf(0).equals(question.weight()) || scalers.contains(question.id()),
                    "question '" + question.id() + "': weight 0 is only for a question that scales others");
        }
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static boolean optionsHaveRisks(Question question) {
        return question.options() == null || question.options().stream().allMatch(o -> o.risk() != null);
    }

    private void checkOptions(Question question, String where) {
        List<Option> options = question.options();
        if (options == null || options.size() < 2) {
            faults.add(where + ": a choice question needs at least two options");
            return;
        }
        require(question.riskDirection() == null, where + ": riskDirection applies only to SCALE, NUMBER and BOOLEAN");
        Set<String> ids = new HashSet<>();
        boolean anyInclusive = false;
        boolean risksValid = true;
        for (Option option : options) {
            String at = where + ", option '" + option.id() + "'";
            require(
                    !blank(option.id()) && SIMPLE_ID.matcher(option.id()).matches(),
                    at + ": id must be a simple identifier");
            require(ids.add(option.id()), at + " is defined twice");
            require(!blank(option.label()), at + ": label must not be blank");
            boolean riskValid = option.risk() != null && option.risk() >= 0 && option.risk() <= 1;
            require(riskValid, at + ": risk is required, in [0, 1]");
            risksValid &= riskValid;
            require(
                    !option.exclusive() || question.type() == QuestionType.MULTI_CHOICE,
                    at + ": only MULTI_CHOICE options can be exclusive");
            anyInclusive |= !option.exclusive();
        }
        require(anyInclusive, where + ": at least one option must not be exclusive");
        require(!risksValid || Risk.maximum(question) > 0, where + ": at least one answer must carry risk");
    }

    private void checkRange(Question question, String where) {
        Double min = question.min();
        Double max = question.max();
        if (min == null || max == null || !Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            faults.add(where + ": min and max are required, finite, and min < max");
            return;
        }
        require(
                question.type() != QuestionType.SCALE || (min == Math.rint(min) && max == Math.rint(max)),
                where + ": a SCALE's min and max must be integers");
    }

    /**
     * A condition must look back, and must be closed upwards in risk: if an answer reveals the
     * question, every riskier answer does too. Raising an answer then never hides a question,
     * which keeps every score monotone.
     */
    private void checkShowIf(Question question, String where, Map<String, Question> earlier) {
        ShowIf showIf = question.showIf();
        Question controller = earlier.get(showIf.questionId());
        if (controller == null) {
            faults.add(where + ": showIf must refer to an earlier question, not '" + showIf.questionId() + "'");
            return;
        }
        if (controller.type() == null) {
            return;
        }
        if (showIf.anyOf().isEmpty()) {
            faults.add(where + ": showIf.anyOf must not be empty");
            return;
        }
        Map<Object, Double> risks = answerRisks(controller);
        if (risks == null) {
            faults.add(where + ": showIf may only refer to a choice or BOOLEAN question");
            return;
        }
        double lowest = Double.MAX_VALUE;
        for (Object value : showIf.anyOf()) {
            Double risk = risks.get(value);
            if (risk == null) {
                faults.add(where + ": showIf value " + value + " is not an answer of '" + controller.id() + "'");
                return;
            }
            lowest = Math.min(lowest, risk);
        }
        for (Map.Entry<Object, Double> answer : risks.entrySet()) {
            require(
                    answer.getValue() < lowest || showIf.anyOf().contains(answer.getKey()),
                    where + ": showIf must also include " + quoted(answer.getKey()) + ", which is at least as risky");
        }
    }

    /**
     * The risk of each answer a controlling question can take, keyed as showIf names them: option
     * ids, true and false, and "unknown" where allowed; {@code null} for other types.
     */
    private static Map<Object, Double> answerRisks(Question controller) {
        Map<Object, Double> risks = new HashMap<>();
        switch (controller.type()) {
            case SINGLE_CHOICE, MULTI_CHOICE ->
                controller.options().stream()
                        .filter(option -> option.id() != null)
                        .forEach(option -> risks.put(option.id(), option.risk() == null ? 0 : option.risk()));
            case BOOLEAN -> {
                boolean riskier = controller.riskDirection() == RiskDirection.ASCENDING;
                risks.put(riskier, 1.0);
                risks.put(!riskier, 0.0);
            }
            default -> {
                return null;
            }
        }
        if (controller.allowsUnknown() && controller.unknownRisk() != null) {
            risks.put(Answer.Unknown.VALUE, controller.unknownRisk());
        }
        return risks;
    }

    private void checkInteractions(Set<String> dimensions) {
        Set<String> ids = new HashSet<>();
        for (Interaction interaction : questionnaire.interactions()) {
            String where = "interaction '" + interaction.id() + "'";
            require(!blank(interaction.id()) && ids.add(interaction.id()), where + ": id must be present and unique");
            require(
                    dimensions.contains(interaction.first()) && dimensions.contains(interaction.second()),
                    where + ": first and second must be dimensions");
            require(
                    !Objects.equals(interaction.first(), interaction.second()),
                    where + ": must join two different dimensions");
            require(positive(interaction.weight()), where + ": weight must be a positive number");
        }
        if (questionnaire.compounding() == Compounding.HEADROOM) {
            double shares = questionnaire.interactions().stream()
                    .mapToDouble(i -> i.weight() == null ? 0 : i.weight())
                    .sum();
            require(
                    shares < 1,
                    "with HEADROOM compounding the interactions' weights (shares of the headroom) must add up to less than 1");
        }
    }

    private void checkBands() {
        List<Band> bands = questionnaire.bands();
        if (bands.isEmpty()) {
            faults.add("bands must not be empty");
            return;
        }
        if (bands.stream().anyMatch(band -> band.min() == null)) {
            faults.add("every band needs a min");
            return;
        }
        require(bands.get(0).min() == 0, "the first band must start at 0");
        Set<RiskBand> ids = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            require(band.id() != null && ids.add(band.id()), "band '" + band.id() + "': id must be present and unique");
            require(band.min() >= 0 && band.min() <= 100, "band '" + band.id() + "': min must be in [0, 100]");
            require(i == 0 || band.min() > bands.get(i - 1).min(), "band '" + band.id() + "': mins must ascend");
        }
    }

    private void checkRules(Map<String, Question> questions) {
        Set<String> ids = new HashSet<>();
        for (RecommendationRule rule : questionnaire.recommendations()) {
            String where = "recommendation '" + rule.id() + "'";
            require(!blank(rule.id()) && ids.add(rule.id()), where + ": id must be present and unique");
            require(REFERENCES.contains(rule.reference()), where + ": reference must be one of R1 to R8");
            require(!blank(rule.title()) && !blank(rule.rationale()), where + ": title and rationale are required");
            require(rule.target() == null || !blank(rule.target()), where + ": target must not be blank");
            require(rule.tradeOff() == null || !blank(rule.tradeOff()), where + ": tradeOff must not be blank");
            require(!rule.triggers().isEmpty(), where + ": needs at least one trigger");
            for (Trigger trigger : rule.triggers()) {
                require(
                        questions.containsKey(trigger.questionId()),
                        where + ": trigger refers to unknown question '" + trigger.questionId() + "'");
                require(
                        trigger.minRisk() != null && trigger.minRisk() > 0 && trigger.minRisk() <= 1,
                        where + ": a trigger's minRisk must be in (0, 1]");
            }
        }
    }

    private void require(boolean condition, String fault) {
        if (!condition) {
            faults.add(fault);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean positive(Double value) {
        return value != null && Double.isFinite(value) && value > 0;
    }
}
