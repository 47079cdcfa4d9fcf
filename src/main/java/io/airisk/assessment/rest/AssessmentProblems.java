package io.airisk.assessment.rest;

import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotInReviewException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentReadOnlyException;
import io.airisk.assessment.service.Disagreement;
import io.airisk.assessment.service.ExportsBusyException;
import io.airisk.assessment.service.IncompleteAssessmentException;
import io.airisk.assessment.service.NoDisagreementException;
import io.airisk.assessment.service.NoMigrationException;
import io.airisk.assessment.service.NotAllowedException;
import io.airisk.assessment.service.NotYourQuestionsException;
import io.airisk.assessment.service.NothingToStartFromException;
import io.airisk.assessment.service.OpenDisagreementsException;
import io.airisk.assessment.service.OrganizationExistsException;
import io.airisk.assessment.service.OrganizationInUseException;
import io.airisk.assessment.service.OrganizationNotFoundException;
import io.airisk.assessment.service.TooManyNotesException;
import io.airisk.assessment.service.VersionMismatchException;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API answers the assessment feature's failures; each operation documents those it throws. */
public class AssessmentProblems {

    @ServerExceptionMapper
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response exportsBusy(ExportsBusyException exception) {
        return Response.fromResponse(Problems.response(ProblemType.OVERLOADED, exception.getMessage()))
                .header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response notFound(AssessmentNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response readOnly(AssessmentReadOnlyException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response notSubmitted(AssessmentNotSubmittedException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response noMigration(NoMigrationException exception) {
        return Problems.response(ProblemType.NO_MIGRATION, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response organizationNotFound(OrganizationNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response organizationExists(OrganizationExistsException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response organizationInUse(OrganizationInUseException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response nothingToStartFrom(NothingToStartFromException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    public Response versionMismatch(VersionMismatchException exception) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    public Response notYourQuestions(NotYourQuestionsException exception) {
        return Problems.response(ProblemType.FORBIDDEN, exception.getMessage(), exception.questions());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    public Response notAllowed(NotAllowedException exception) {
        return Problems.response(ProblemType.FORBIDDEN, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response openDisagreements(OpenDisagreementsException exception) {
        return Problems.response(
                ProblemType.DISAGREEMENTS,
                exception.getMessage(),
                exception.disagreements().stream()
                        .map(disagreement -> new FieldError(disagreement.questionId(), describe(disagreement)))
                        .toList());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response noDisagreement(NoDisagreementException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response tooManyNotes(TooManyNotesException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response notInReview(AssessmentNotInReviewException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    /** The answers given, each with the respondent's name or id: "FINANCE answers differ: 10_to_25 (Ada), ...". */
    private static String describe(Disagreement disagreement) {
        StringBuilder text = new StringBuilder(disagreement.role() + " answers differ:");
        String separator = " ";
        for (Disagreement.Given given : disagreement.answers()) {
            Disagreement.RespondentRef who = given.respondent();
            text.append(separator)
                    .append(given.answer())
                    .append(" (")
                    .append(who.name() == null ? "token " + who.id() : who.name())
                    .append(')');
            separator = ", ";
        }
        return text.toString();
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNPROCESSABLE)
    public Response incomplete(IncompleteAssessmentException exception) {
        return Problems.response(
                ProblemType.INCOMPLETE,
                exception.getMessage(),
                exception.missing().stream()
                        .map(id -> new FieldError(id, "is required"))
                        .toList());
    }
}
