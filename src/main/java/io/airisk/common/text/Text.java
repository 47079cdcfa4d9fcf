package io.airisk.common.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed, such as a name: valid Unicode (no lone surrogate), no control characters
 * and no bidirectional controls (which make a name show otherwise than it reads), at most {@link #max()} characters counted as code points (an emoji is one), and unless {@link
 * #blankAllowed()}, at least one visible character (spaces, no-break spaces and zero-width
 * characters alone are blank). {@code null} is valid: combine with {@code @NotNull}.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

    /** The most characters (code points) allowed. */
    int max();

    /** Whether text without a visible character is allowed. */
    boolean blankAllowed() default false;

    String message() default "is not valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
