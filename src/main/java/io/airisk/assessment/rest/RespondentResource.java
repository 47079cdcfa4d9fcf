package io.airisk.assessment.rest;

import static io.airisk.assessment.rest.AssessmentResource.IF_MATCH;
import static io.airisk.assessment.rest.AssessmentResource.IF_MATCH_DESCRIPTION;
import static io.airisk.assessment.rest.AssessmentResource.precondition;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentReadOnlyException;
import io.airisk.assessment.service.NoDisagreementException;
import io.airisk.assessment.service.NotAllowedException;
import io.airisk.assessment.service.Notes;
import io.airisk.assessment.service.Progress;
import io.airisk.assessment.service.Resolve;
import io.airisk.assessment.service.Respondents;
import io.airisk.assessment.service.VersionMismatchException;
import io.airisk.common.error.Problem;
import io.airisk.engine.InvalidAnswersException;
import io.airisk.engine.ScoreResult;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Several respondents on one draft: progress per role, disagreements and the coordinator's
 * choices, notes on answers, and a preview score. Its path is that of {@link AssessmentResource},
 * for the reason {@link AssessmentTokenResource} gives.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Respondents", description = "Several respondents per assessment, each answering for a role")
public class RespondentResource {

    private final Respondents respondents;
    private final SecurityIdentity identity;

    public RespondentResource(Respondents respondents, SecurityIdentity identity) {
        this.respondents = respondents;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT})
    @Operation(
            operationId = "getProgress",
            summary = "How far each role has come, and where respondents disagree",
            description = "Per role, its questions visible with the answers so far, those answered and those answered"
                    + " unknown. A key also sees each respondent token with a role (its answers, when it last"
                    + " answered) and the disagreements, open ones first; a token sees the roles' counts only.")
    @APIResponse(
            responseCode = "200",
            description = "The progress",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    public Progress progress(@PathParam("id") UUID id) throws AssessmentNotFoundException {
        return respondents.progress(Caller.of(identity), id);
    }

    @GET
    @Path("/{id}/preview")
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT})
    @Operation(
            operationId = "previewAssessment",
            summary = "Score a draft as it stands, storing nothing",
            description = "The answers that count, scored with their completeness. Where respondents disagree, the"
                    + " coordinator's choice counts, or the riskiest answer until one is made, and range covers"
                    + " every answer given as it covers unknown answers. A token that answers for a role may not"
                    + " see it.")
    @APIResponse(
            responseCode = "200",
            description = "The explained preview",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoreResult.class)))
    public ScoreResult preview(@PathParam("id") UUID id) throws AssessmentNotFoundException {
        Caller caller = Caller.of(identity);
        if (!caller.coordinates()) {
            throw new NotAllowedException("a token that answers for a role does not see the score");
        }
        return respondents.preview(caller, id);
    }

    @PUT
    @Path("/{id}/resolutions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            operationId = "resolveDisagreement",
            summary = "Choose the answer that counts where respondents disagree",
            description = "The answer may be one of those given or another; the note says why. A respondent who"
                    + " changes an answer to the question afterwards reopens it. Audited.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Resolve.class),
                            examples = @ExampleObject(name = "choice", value = Examples.RESOLUTION)))
    @APIResponse(
            responseCode = "200",
            description = "The progress, the disagreement resolved",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    public Progress resolve(
            @PathParam("id") UUID id,
            @Parameter(description = "The question in dispute", example = "llm.revenue_share") @PathParam("questionId")
                    String questionId,
            @Valid @NotNull Resolve body,
            @Context HttpHeaders headers)
            throws AssessmentNotFoundException, AssessmentReadOnlyException, VersionMismatchException,
                    NoDisagreementException, InvalidAnswersException {
        return respondents.resolve(Caller.of(identity), id, questionId, body, precondition(headers));
    }

    @PATCH
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.RESPONDENT})
    @Operation(
            operationId = "noteAnswers",
            summary = "Set or remove notes on the caller's answers of a draft",
            description = "A note (plain text, one line, at most " + Notes.MAX + " characters) says where an"
                    + " answer comes from, such as a contract; null removes it. Each note belongs to the caller's"
                    + " own answer, so answer the question first; a token that answers for a role notes its role's"
                    + " questions only. Notes appear in the report beside the answer and in the export.")
    @Parameter(
            name = IF_MATCH,
            in = ParameterIn.HEADER,
            description = IF_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(
            required = true,
            description = "Notes keyed by question id; null removes one",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            additionalProperties = Notes.Text.class,
                                            maxProperties = 200),
                            examples = @ExampleObject(name = "notes", value = Examples.NOTES)))
    @APIResponse(responseCode = "204", description = "Noted")
    public Response note(@PathParam("id") UUID id, @NotNull Map<String, Object> body, @Context HttpHeaders headers)
            throws AssessmentNotFoundException, AssessmentReadOnlyException, VersionMismatchException {
        respondents.note(Caller.of(identity), id, body, precondition(headers));
        return Response.noContent().build();
    }
}
