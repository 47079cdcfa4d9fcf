package io.airisk.access.service;

import static io.airisk.access.service.TenantRequest.NAME_MAX;

import io.airisk.common.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an ADMIN changes of the tenant: each field given is changed, each absent one kept. */
@Schema(description = "What to change of the tenant; an absent field is kept")
public record TenantChange(
        @Schema(minLength = 1, maxLength = NAME_MAX, example = "Northwind Consulting") @Text(max = NAME_MAX)
        String name,

        @Schema(
                description = "Whether the tenant's organizations take part in peer benchmarks across tenants:"
                        + " when true, their latest submitted results are counted in the shared peer groups of"
                        + " tenants that take part too, and the tenant sees those groups' percentiles. Nothing but"
                        + " percentiles of groups of at least 10 organizations from at least 3 tenants is ever shown.",
                example = "true")
        Boolean peerBenchmarks,

        @Schema(
                description = "Whether a submitted assessment waits IN_REVIEW until a second EDITOR or ADMIN (another"
                        + " key than the one that submitted it) approves it; until then its result does not count in"
                        + " the portfolio, peers or trends",
                example = "true")
        Boolean reviewRequired) {}
