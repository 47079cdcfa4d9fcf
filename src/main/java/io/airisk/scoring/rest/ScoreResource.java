package io.airisk.scoring.rest;

import io.airisk.access.Roles;
import io.airisk.common.error.InvalidInputException;
import io.airisk.engine.InvalidAnswersException;
import io.airisk.engine.ScoreResult;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import io.airisk.scoring.service.ScoringService;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scores", description = "What-if scoring: score any answers without storing anything")
public class ScoreResource {

    private final ScoringService scoring;

    public ScoreResource(ScoringService scoring) {
        this.scoring = scoring;
    }

    @POST
    @NonBlocking // pure computation: no I/O, so no hop to a worker thread
    @Operation(
            operationId = "scoreAnswers",
            summary = "Score answers without storing them",
            description =
                    "Partial answers give a preview with its completeness. Answers to questions that the other answers hide are rejected, since nothing here can keep them for later.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoreRequest.class),
                            examples = @ExampleObject(name = "partial answers", value = Examples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The explained result",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoreResult.class),
                            examples = @ExampleObject(name = "result", value = Examples.RESULT)))
    public ScoreResult score(@Valid @NotNull ScoreRequest body)
            throws UnknownQuestionnaireVersionException, InvalidAnswersException, InvalidInputException {
        if (body.vector() != null) {
            if (body.answers() != null) {
                throw new InvalidInputException("vector", "give answers or vector, not both");
            }
            return scoring.scoreVector(body.questionnaireVersion(), body.vector());
        }
        if (body.answers() == null) {
            throw new InvalidInputException("answers", "must not be null: give answers, or an answer vector as vector");
        }
        return scoring.score(body.questionnaireVersion(), body.answers());
    }
}
