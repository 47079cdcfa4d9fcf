package io.airisk.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns answers as plain JSON values (strings, numbers, booleans, lists, as a JSON parser yields
 * them) into typed {@link Answer}s, checking each against its question. Every fault is collected
 * and reported together, each naming its question id.
 */
public final class AnswerParser {

    /**
     * An answers object may name each question at most twice over: one with more keys than that is
     * refused whole, before any key is looked at, so that its size bounds neither the work nor the
     * list of errors.
     */
    static final int KEYS_PER_QUESTION = 2;

    private final Questionnaire questionnaire;
    private final List<Question> questions;
    /** Each question's position in the questionnaire. */
    private final Map<String, Integer> indexById = new HashMap<>();

    public AnswerParser(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.questions = questionnaire.questions();
        for (int i = 0; i < questions.size(); i++) {
            // Interned, as JSON parsers intern field names: answers keyed by them then find their
            // question by identity, without comparing the ids' characters.
            indexById.put(questions.get(i).id().intern(), i);
        }
    }

    /**
     * Parses answers; a {@code null} value means no answer.
     *
     * @return the typed answers, in questionnaire order
     * @throws InvalidAnswersException naming every bad question id
     */
    public Map<String, Answer> parse(Map<String, ?> raw) {
        return merge(Map.of(), raw);
    }

    /**
     * Applies changes to answers: each value replaces that question's answer, and {@code null}
     * removes it. Nothing is applied unless every change is valid.
     *
     * @return the merged answers, in questionnaire order
     * @throws InvalidAnswersException naming every bad question id
     */
    public Map<String, Answer> merge(Map<String, Answer> current, Map<String, ?> changes) {
        int maxKeys = KEYS_PER_QUESTION * questions.size();
        if (changes.size() > maxKeys) {
            throw new InvalidAnswersException(List.of(new AnswerError(
                    null,
                    "has " + changes.size() + " keys; questionnaire " + questionnaire.version() + " has "
                            + questions.size() + " questions, and at most " + maxKeys + " keys are accepted")));
        }
        // By position, so that each answer costs one lookup by id and the result comes out in
        // questionnaire order without sorting.
        Answer[] merged = new Answer[questions.size()];
        current.forEach((questionId, answer) -> {
            Integer index = indexById.get(questionId);
            if (index != null) {
                merged[index] = answer;
            }
        });
        List<AnswerError> errors = new ArrayList<>();
        changes.forEach((questionId, value) -> {
            Integer index = indexById.get(questionId);
            if (index == null) {
                errors.add(
                        new AnswerError(questionId, "is not a question of questionnaire " + questionnaire.version()));
            } else if (value == null) {
                merged[index] = null;
            } else {
                try {
                    merged[index] = parse(questions.get(index), value);
                } catch (IllegalArgumentException e) {
                    errors.add(new AnswerError(questionId, e.getMessage()));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        Map<String, Answer> ordered = new LinkedHashMap<>(2 * merged.length);
        for (int i = 0; i < merged.length; i++) {
            if (merged[i] != null) {
                ordered.put(questions.get(i).id(), merged[i]);
            }
        }
        return ordered;
    }

    private static Answer parse(Question question, Object value) {
        if (question.allowsUnknown() && Answer.Unknown.VALUE.equals(value)) {
            return Answer.Unknown.INSTANCE;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> new Answer.Choice(option(question, value).id());
            case MULTI_CHOICE -> choices(question, value);
            case SCALE -> new Answer.Numeric(scale(question, value));
            case NUMBER -> new Answer.Numeric(inRange(question, number(value, "a number")));
            case BOOLEAN -> {
                if (!(value instanceof Boolean flag)) {
                    throw new IllegalArgumentException("must be true or false");
                }
                yield new Answer.Flag(flag);
            }
        };
    }

    /**
     * The option named by the value. Answers keep the option's own id, not the client's copy of
     * it: later lookups by option id then match by identity.
     */
    private static Option option(Question question, Object value) {
        if (!(value instanceof String optionId)) {
            throw new IllegalArgumentException("must be an option id (a string), one of " + optionIds(question));
        }
        Option option = question.option(optionId);
        if (option == null) {
            throw new IllegalArgumentException(
                    "'" + abbreviate(optionId) + "' is not an option; expected one of " + optionIds(question));
        }
        return option;
    }

    private static Answer choices(Question question, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("must be an array of option ids, from " + optionIds(question));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("must name at least one option (use the exclusive option for none)");
        }
        List<String> ids = new ArrayList<>(list.size());
        Set<String> seen = new HashSet<>();
        boolean exclusive = false;
        for (Object element : list) {
            Option option = option(question, element);
            if (!seen.add(option.id())) {
                throw new IllegalArgumentException("names option '" + option.id() + "' twice");
            }
            exclusive |= option.exclusive();
            ids.add(option.id());
        }
        if (exclusive && ids.size() > 1) {
            throw new IllegalArgumentException("combines an exclusive option with others; it must stand alone");
        }
        return new Answer.Choices(ids);
    }

    private static double scale(Question question, Object value) {
        double number = number(value, "an integer");
        if (number != Math.rint(number)) {
            throw new IllegalArgumentException(
                    "must be an integer from " + format(question.min()) + " to " + format(question.max()));
        }
        return inRange(question, number);
    }

    private static double number(Object value, String expected) {
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("must be " + expected);
        }
        double result = number.doubleValue();
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException("must be a finite number");
        }
        return result;
    }

    private static double inRange(Question question, double value) {
        if (value < question.min() || value > question.max()) {
            String unit = question.unit() == null ? "" : " " + question.unit();
            throw new IllegalArgumentException("must be between " + format(question.min()) + " and "
                    + format(question.max()) + unit + ", was " + format(value));
        }
        return value;
    }

    private static List<String> optionIds(Question question) {
        return question.options().stream().map(Option::id).toList();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }
}
