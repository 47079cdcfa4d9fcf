package io.airisk.access.service;

import io.airisk.access.KeyRole;
import io.airisk.common.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new key is called and what it may do. */
@Schema(
        description = "A new API key's name and role",
        requiredProperties = {"name", "role"})
public record CreateKeyRequest(
        @Schema(minLength = 1, maxLength = NAME_MAX, example = "Board report automation") @NotNull @Text(max = NAME_MAX)
        String name,

        @Schema(
                description =
                        "VIEWER reads; EDITOR also creates, answers and submits; ADMIN also deletes and manages keys")
        @NotNull
        KeyRole role) {

    public static final int NAME_MAX = 100;
}
