package io.airisk.assessment.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organization an assessment is about. */
@Schema(description = "The organization assessed")
public record Organization(
        @Schema(
                description = "1 to 200 characters, not blank; the list filter matches it ignoring case",
                example = "Acme Robotics")
        @NotNull
        @NotBlank
        @Size(min = 1, max = 200)
        @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
        String name,

        @Schema(description = "Optional, up to 100 characters", example = "Manufacturing")
        @Size(max = 100)
        @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
        String industry,

        @Schema(description = "Optional, up to 50 characters, such as a head-count band", example = "1000-5000")
        @Size(max = 50)
        @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
        String size) {

    /** No control characters: they are never meant in a name, and PostgreSQL refuses NUL. */
    public static final String PRINTABLE = "\\P{Cc}*";

    public static final String PRINTABLE_MESSAGE = "must not contain control characters";

    private static final java.util.regex.Pattern PRINTABLE_PATTERN = java.util.regex.Pattern.compile(PRINTABLE);

    /** Whether {@code text} satisfies {@link #PRINTABLE}, with the pattern compiled once. */
    public static boolean isPrintable(String text) {
        return PRINTABLE_PATTERN.matcher(text).matches();
    }
}
