package io.airisk.access.service;

import io.airisk.common.text.Text;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new respondent or share token is called and when it stops working; both optional. */
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
        Instant expiresAt) {

    public static final int NAME_MAX = 100;

    /** No name, the default lifetime. */
    public static final TokenRequest DEFAULT = new TokenRequest(null, null);
}
