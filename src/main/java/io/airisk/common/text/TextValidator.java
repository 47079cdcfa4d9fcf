package io.airisk.common.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}; {@link #problem} also serves text that is not a request body, such as a query parameter. */
public class TextValidator implements ConstraintValidator<Text, String> {

    private int max;
    private boolean blankAllowed;

    @Override
    public void initialize(Text text) {
        max = text.max();
        blankAllowed = text.blankAllowed();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = value == null ? null : problem(value, max, blankAllowed);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** What is wrong with the text, or {@code null} when nothing is. */
    public static String problem(String text, int max, boolean blankAllowed) {
        int characters = 0;
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isSurrogate((char) codePoint)) {
                return "is not valid Unicode: a lone surrogate at character " + (characters + 1);
            }
            if (Character.getType(codePoint) == Character.CONTROL) {
                return "must not contain control characters";
            }
            if (bidirectionalControl(codePoint)) {
                return String.format(
                        "must not contain bidirectional control characters (U+%04X at character %d), which reorder how"
                                + " the text around them is shown",
                        codePoint, characters + 1);
            }
            visible |= !invisible(codePoint);
            characters++;
            i += Character.charCount(codePoint);
        }
        if (characters > max) {
            return "must be at most " + max + " characters, was " + characters;
        }
        if (!blankAllowed && !visible) {
            return "must not be blank";
        }
        return null;
    }

    /**
     * Unicode's Bidi_Control characters: the marks, embeddings, overrides and isolates that change
     * the direction text is shown in, so that a name can display otherwise than it reads (U+202E).
     */
    private static boolean bidirectionalControl(int codePoint) {
        return codePoint == 0x061C
                || codePoint == 0x200E
                || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** Spaces of any width, format characters such as the zero-width space, and the Hangul fillers. */
    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x115F
                || codePoint == 0x1160
                || codePoint == 0x3164
                || codePoint == 0xFFA0;
    }
}
