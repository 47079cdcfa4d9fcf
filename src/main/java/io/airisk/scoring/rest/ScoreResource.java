package io.airisk.scoring.rest;

import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemException;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.scoring.engine.Answer;
import io.airisk.scoring.engine.FieldError;
import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ScoringEngine;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scores", description = "What-if scoring: score any answers without storing anything")
public class ScoreResource {

    private final QuestionnaireCatalog catalog;

    public ScoreResource(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @POST
    @NonBlocking // pure computation: no I/O, so no hop to a worker thread
    @Operation(
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
    @APIResponse(
            responseCode = "400",
            description = "Invalid or hidden answers, each named",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "hidden question", value = Examples.HIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "The questionnaire version is not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "The body exceeds 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScoreResult score(ScoreRequest request) {
        // Checked here, not by Bean Validation: for these two checks, method validation's
        // interceptor cost a tenth of each request (docs/performance.md).
        if (request == null || request.answers() == null) {
            throw ProblemException.invalid(
                    List.of(new FieldError(request == null ? "body" : "answers", "must not be null")));
        }
        ScoringEngine engine = catalog.require(request.questionnaireVersion());
        Map<String, Answer> answers = engine.parse(request.answers());
        List<String> hidden = engine.hiddenAnswers(answers);
        if (!hidden.isEmpty()) {
            throw ProblemException.invalid(hidden.stream()
                    .map(q -> new FieldError(
                            q,
                            "is hidden by the answer to "
                                    + engine.questionnaire()
                                            .question(q)
                                            .showIf()
                                            .questionId() + "; remove it"))
                    .toList());
        }
        return engine.score(answers);
    }
}
