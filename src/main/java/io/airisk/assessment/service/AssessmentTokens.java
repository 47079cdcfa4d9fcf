package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.access.TokenKind;
import io.airisk.access.service.AccessConflictException;
import io.airisk.access.service.AccessTokens;
import io.airisk.access.service.CreatedToken;
import io.airisk.access.service.TokenNotFoundException;
import io.airisk.access.service.TokenRequest;
import io.airisk.access.service.TokenView;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.common.error.InvalidInputException;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The tokens of an assessment of the caller's tenant: respondent tokens for a draft, share tokens
 * for a submitted one. Each change locks the assessment, so that a token is never minted for an
 * assessment being deleted or submitted at the same moment.
 */
@ApplicationScoped
@Transactional
public class AssessmentTokens {

    private final AssessmentRepository assessments;
    private final AccessTokens tokens;
    private final QuestionnaireCatalog catalog;

    public AssessmentTokens(AssessmentRepository assessments, AccessTokens tokens, QuestionnaireCatalog catalog) {
        this.assessments = assessments;
        this.tokens = tokens;
        this.catalog = catalog;
    }

    public CreatedToken mint(Caller caller, UUID id, TokenKind kind, TokenRequest request)
            throws AssessmentNotFoundException, AssessmentReadOnlyException, AssessmentNotSubmittedException,
                    InvalidInputException, AccessConflictException {
        AssessmentEntity assessment = locked(caller, id);
        if (kind == TokenKind.RESPONDENT && assessment.status != AssessmentStatus.DRAFT) {
            throw new AssessmentReadOnlyException(id);
        }
        if (kind == TokenKind.SHARE && assessment.status != AssessmentStatus.SUBMITTED) {
            throw new AssessmentNotSubmittedException(id);
        }
        if (request.role() != null
                && catalog.require(assessment.questionnaireVersion).questionnaire().questions().stream()
                        .noneMatch(question -> question.respondent() == request.role())) {
            throw new InvalidInputException(
                    "role",
                    "questionnaire " + assessment.questionnaireVersion + " has no " + request.role()
                            + " question: upgrade the draft first");
        }
        return tokens.mint(caller, id, kind, request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list(Caller caller, UUID id, TokenKind kind) throws AssessmentNotFoundException {
        if (assessments.read(caller.tenantId(), id).isEmpty()) {
            throw new AssessmentNotFoundException(id);
        }
        return tokens.list(id, kind);
    }

    public void revoke(Caller caller, UUID id, TokenKind kind, UUID tokenId)
            throws AssessmentNotFoundException, TokenNotFoundException {
        locked(caller, id);
        tokens.revoke(caller, id, kind, tokenId);
    }

    private AssessmentEntity locked(Caller caller, UUID id) {
        return AssessmentService.lockFor(assessments, caller, id);
    }
}
