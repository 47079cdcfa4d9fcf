package io.airisk.assessment.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of assessments, newest first. */
@Schema(
        description = "One page of assessments, newest first",
        requiredProperties = {"items", "page", "size", "total"})
public record AssessmentPage(
        List<AssessmentView> items,
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,

        @Schema(description = "Number of assessments matching the filters")
        long total) {}
