package io.airisk.assessment.service;

import io.airisk.engine.Target;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization a tenant assesses. */
@Schema(
        name = "OrganizationRecord",
        description = "An organization a tenant assesses; its assessments form its history",
        requiredProperties = {"id", "name", "targets", "createdAt", "updatedAt", "version"})
public record OrganizationView(
        UUID id,

        @Schema(maxLength = Organization.NAME_MAX, example = "Acme Robotics")
        String name,

        @Schema(maxLength = 100, example = "Manufacturing") String industry,
        @Schema(maxLength = 50, example = "1000-5000") String size,

        @Schema(description = "Targets by dimension id, or `overall`: a band or an index each; empty when none")
        Map<String, Target> targets,

        Instant createdAt,
        Instant updatedAt,

        @Schema(
                description = "Increases with every change; the organization's ETag",
                minimum = "0",
                maximum = "9223372036854775807")
        long version) {}
