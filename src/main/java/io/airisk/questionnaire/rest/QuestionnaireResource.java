package io.airisk.questionnaire.rest;

import io.airisk.access.Roles;
import io.airisk.engine.Questionnaire;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.questionnaire.service.QuestionnaireSummary;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.VIEWER, Roles.RESPONDENT, Roles.SHARE})
@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Questionnaires",
        description =
                "The published questionnaire definitions: questions, options and their risk values, weights, bands and recommendation rules")
public class QuestionnaireResource {

    private final QuestionnaireCatalog catalog;

    public QuestionnaireResource(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listQuestionnaires", summary = "List the published questionnaire versions")
    @APIResponse(
            responseCode = "200",
            description = "The published versions; exactly one is current",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionnaireSummary.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "versions", value = Examples.VERSIONS)))
    public List<QuestionnaireSummary> list() {
        return catalog.summaries();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentQuestionnaire", summary = "Get the current questionnaire definition")
    @APIResponse(
            responseCode = "200",
            description = "The whole definition of the current version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Questionnaire.class),
                            examples = @ExampleObject(name = "definition", value = Examples.DEFINITION)))
    public Questionnaire current() {
        return catalog.current().questionnaire();
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getQuestionnaire", summary = "Get one questionnaire version's definition")
    @APIResponse(
            responseCode = "200",
            description = "The whole definition of that version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Questionnaire.class),
                            examples = @ExampleObject(name = "definition", value = Examples.DEFINITION)))
    public Questionnaire get(
            @Parameter(description = "A published version, such as v1", example = "v1") @PathParam("version")
                    String version)
            throws UnknownQuestionnaireVersionException {
        return catalog.require(version).questionnaire();
    }
}
