package io.airisk.assessment;

import java.util.List;
import java.util.UUID;

/**
 * What the database counts of an organization's peer group, for a peer benchmark.
 *
 * @param latestAssessmentId the organization's latest submitted assessment
 * @param largestTenant across tenants, the most organizations one tenant holds in the group
 * @param counts how each score stands in the group, by dimension ({@code overall} for the index)
 */
public record PeerGroup(UUID latestAssessmentId, long largestTenant, List<PeerCounts> counts) {}
