package io.airisk.access.service;

import io.airisk.common.text.Text;
import io.airisk.engine.Respondent;
import jakarta.validation.constraints.Email;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new respondent or share token is called, when it stops working, and for a respondent token the role it answers for; all optional. */
@Schema(description = "A new token's optional name and expiry")
public record TokenRequest(
        @Schema(
                maxLength = NAME_MAX,
                description = "Who or what the token is for",
                example = "Head of AI, via the client portal")
        @Text(max = NAME_MAX, blankAllowed = true)
        String name,

        @Schema(
                description = "When the token stops working: in the future and at most 90 days away for a respondent"
                        + " token, 365 days for a share token (by default 14 and 30 days)",
                example = "2026-12-31T00:00:00Z")
        Instant expiresAt,

        @Schema(
                description = "For a respondent token: the role it answers for. It then reads and answers that"
                        + " role's questions only and cannot submit; without a role it answers any question and may"
                        + " submit. Several tokens may share a role.",
                example = "FINANCE")
        Respondent role,

        @Schema(maxLength = EMAIL_MAX, description = "Whom the token is sent to", example = "cfo@example.com")
        @Email
        @Text(max = EMAIL_MAX, blankAllowed = true)
        String email) {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;

    /** No name, the default lifetime, no role. */
    public static final TokenRequest DEFAULT = new TokenRequest(null, null, null, null);
}
