package io.airisk.assessment.service;

import java.util.UUID;

/**
 * A CDI event fired in the transaction of the answer with which a respondent token leaves its
 * assessment nothing required to answer: the respondent is done, and a coordinator may submit. The
 * token is named by its public id (as its list shows it), never by its secret or prefix.
 */
public record RespondentFinished(UUID tenantId, UUID assessmentId, UUID respondentTokenId) {}
