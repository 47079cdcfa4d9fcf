package io.airisk.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers as one line of text that names its questionnaire version, in the spirit of CVSS vectors:
 * {@code AIRISK:3.0/LPU:core/LRS:10_to_25/RCA:finance+planning/RFI:4/SDT:false}. Short enough for a
 * slide, and enough for anyone to recompute the score. The grammar (README, "Answer vectors"):
 *
 * <pre>
 * vector = "AIRISK:" version *("/" code ":" value)
 * version = major ".0"                 ; questionnaire vN is N.0
 * code    = the question's code        ; 1 to 8 of A-Z 0-9, a letter first
 * value   = option *("+" option)       ; choices: several for a multi-choice question
 *         / number / "true" / "false" / "unknown"
 * </pre>
 *
 * Written canonically: questions in the questionnaire's order, a multi-choice answer's options in
 * the order its question lists them, numbers without trailing zeros, only the answers that count
 * (visible ones). Read in any order; what a value means is checked by {@link AnswerParser}, as for
 * answers sent as JSON.
 */
public final class AnswerVector {

    /** What every vector begins with. */
    public static final String PREFIX = "AIRISK:";

    /**
     * The longest vector read or written: every answer of every question of a version must fit,
     * which {@link QuestionnaireValidator} checks (v3's longest is 553 characters).
     */
    public static final int MAX_LENGTH = 1000;

    private static final Pattern VERSION = Pattern.compile("v(\\d{1,4})");
    private static final Pattern LABEL = Pattern.compile("(\\d{1,4})\\.0");
    private static final Pattern PART = Pattern.compile("([A-Z][A-Z0-9]{0,7}):([A-Za-z0-9_.\\-+]+)");

    private final Questionnaire questionnaire;
    private final Map<String, Question> byCode = new HashMap<>();

    AnswerVector(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        questionnaire.questions().forEach(question -> byCode.put(question.code(), question));
    }

    /** The version as a vector names it: {@code v3} is {@code 3.0}. */
    public static String label(String version) {
        Matcher matcher = VERSION.matcher(version);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) + ".0" : version;
    }

    /**
     * The questionnaire version a vector names, read from its first part alone.
     *
     * @throws InvalidVectorException when the vector does not begin with {@code AIRISK:} and a version
     */
    public static String version(String vector) throws InvalidVectorException {
        if (vector.length() > MAX_LENGTH) {
            throw new InvalidVectorException(List.of("is longer than " + MAX_LENGTH + " characters"));
        }
        if (!vector.startsWith(PREFIX)) {
            throw new InvalidVectorException(
                    List.of("must begin with '" + PREFIX + "' and a version, such as 'AIRISK:3.0'"));
        }
        int end = vector.indexOf('/');
        String label = vector.substring(PREFIX.length(), end < 0 ? vector.length() : end);
        Matcher matcher = LABEL.matcher(label);
        if (!matcher.matches()) {
            throw new InvalidVectorException(
                    List.of("'" + PREFIX + label + "' must name a version such as 'AIRISK:3.0'"));
        }
        return "v" + Integer.parseInt(matcher.group(1));
    }

    /**
     * The answers that count, written canonically.
     *
     * @param counted each question's answer in questionnaire order, {@code null} for none or hidden
     */
    String write(Answer[] counted) {
        StringBuilder vector = new StringBuilder(PREFIX).append(label(questionnaire.version()));
        List<Question> questions = questionnaire.questions();
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] != null) {
                Question question = questions.get(i);
                vector.append('/').append(question.code()).append(':').append(value(question, counted[i]));
            }
        }
        return vector.toString();
    }

    private static String value(Question question, Answer answer) {
        if (answer instanceof Answer.Choices choices) {
            return String.join(
                    "+",
                    question.options().stream()
                            .map(Option::id)
                            .filter(choices.optionIds()::contains)
                            .toList());
        }
        if (answer instanceof Answer.Numeric numeric) {
            return BigDecimal.valueOf(numeric.value()).stripTrailingZeros().toPlainString();
        }
        return answer.toJson().toString(); // an option id, true or false, unknown
    }

    /**
     * The answers a vector of this version holds, keyed by question id, as plain JSON values for
     * {@link AnswerParser}: what each value means is checked there.
     *
     * @throws InvalidVectorException naming every part that is not {@code code:value}, names no
     *     question of this version, or repeats one
     */
    Map<String, Object> read(String vector) throws InvalidVectorException {
        String[] parts = vector.split("/", -1);
        List<String> faults = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                faults.add("'" + shortened(part) + "' must be code:value, such as 'LPU:core'");
                continue;
            }
            Question question = byCode.get(matcher.group(1));
            if (question == null) {
                faults.add("'" + shortened(part) + "': no question of " + questionnaire.version() + " has the code '"
                        + matcher.group(1) + "'");
            } else if (seen.putIfAbsent(question.code(), part) != null) {
                faults.add("'" + shortened(part) + "': " + question.code() + " is answered twice");
            } else {
                answers.put(question.id(), json(question, matcher.group(2)));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidVectorException(faults);
        }
        return answers;
    }

    /** The length of the longest vector of a version: each question with its longest answer. */
    static int longest(Questionnaire questionnaire) {
        int length = PREFIX.length() + label(questionnaire.version()).length();
        for (Question question : questionnaire.questions()) {
            int value = Answer.Unknown.VALUE.length();
            if (question.type() == QuestionType.SINGLE_CHOICE) {
                value = Math.max(
                        value,
                        question.options().stream()
                                .mapToInt(o -> o.id().length())
                                .max()
                                .orElse(0));
            } else if (question.type() == QuestionType.MULTI_CHOICE) {
                value = Math.max(
                        value,
                        question.options().stream()
                                        .mapToInt(o -> o.id().length() + 1)
                                        .sum()
                                - 1);
            } else {
                value = Math.max(value, 24); // a double's longest plain text is near that
            }
            length += 1 + question.code().length() + 1 + value;
        }
        return length;
    }

    /** A value as the JSON a client would send; what is not of the question's type stays text, for the parser to name. */
    private static Object json(Question question, String value) {
        if (value.equals(Answer.Unknown.VALUE) && question.allowsUnknown()) {
            return value;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> value;
            case MULTI_CHOICE -> List.of(value.split("\\+", -1));
            case SCALE, NUMBER -> number(value);
            case BOOLEAN ->
                value.equals("true") ? Boolean.TRUE : value.equals("false") ? (Object) Boolean.FALSE : value;
        };
    }

    private static Object number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number.doubleValue();
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return value;
        }
    }

    private static String shortened(String part) {
        return part.length() <= 60 ? part : part.substring(0, 60) + "…";
    }
}
