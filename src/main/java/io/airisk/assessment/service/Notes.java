package io.airisk.assessment.service;

import io.airisk.common.error.FieldError;
import io.airisk.common.text.TextValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Notes on answers ("see procurement contract 2024-17"): short plain text, one line. */
public final class Notes {

    /** The longest note, in characters (code points). */
    public static final int MAX = 500;

    /**
     * The most notes an assessment's answers may carry, all givers together: a few per question,
     * and a bound on what its report, progress and export hold.
     */
    public static final int MAX_PER_ASSESSMENT = 200;

    /** The most notes one request sets: more than any questionnaire has questions. */
    static final int MAX_PER_REQUEST = 200;

    private Notes() {}

    /** A note as the OpenAPI document describes it: plain text, or null to remove the note. */
    @Schema(
            name = "NoteText",
            type = SchemaType.STRING,
            maxLength = MAX,
            nullable = true,
            example = "see procurement contract 2024-17")
    public static final class Text {
        private Text() {}
    }

    /** U+2028 and U+2029, which break a line as a newline does (a newline is a control character). */
    private static boolean lineBreak(int character) {
        int type = Character.getType(character);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** What is wrong with each note of the request, by question id; empty when nothing is. */
    static List<FieldError> problems(Map<String, ?> notes) {
        List<FieldError> errors = new ArrayList<>();
        if (notes.size() > MAX_PER_REQUEST) {
            return List.of(new FieldError(
                    "notes", "has " + notes.size() + " keys; at most " + MAX_PER_REQUEST + " are accepted"));
        }
        notes.forEach((questionId, note) -> {
            if (note != null && !(note instanceof String)) {
                errors.add(new FieldError(questionId, "must be a string, or null to remove the note"));
            } else if (note != null) {
                String text = (String) note;
                String problem = text.chars().anyMatch(Notes::lineBreak)
                        ? "must be one line: no line or paragraph separator"
                        : TextValidator.problem(text, MAX, false);
                if (problem != null) {
                    errors.add(new FieldError(questionId, problem));
                }
            }
        });
        return errors;
    }
}
