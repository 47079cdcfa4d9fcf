package io.airisk.questionnaire.rest;

import io.airisk.access.Roles;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.ScoringEngine;
import io.airisk.questionnaire.service.Languages;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.questionnaire.service.QuestionnaireSummary;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed({Roles.VIEWER, Roles.RESPONDENT, Roles.SHARE})
@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Questionnaires",
        description =
                "The published questionnaire definitions: questions, options and their risk values, weights, bands and recommendation rules")
public class QuestionnaireResource {

    static final String LANG =
            "The language of the texts: en, de or fr (each version lists its own in `languages`; older"
                    + " versions are in English only). Without it, the first of those the Accept-Language header asks for,"
                    + " else English. Only words change, never an id, a weight or a risk.";

    private final QuestionnaireCatalog catalog;
    private final Languages languages;

    public QuestionnaireResource(QuestionnaireCatalog catalog, Languages languages) {
        this.catalog = catalog;
        this.languages = languages;
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
    public RestResponse<Questionnaire> current(
            @Parameter(description = LANG) @QueryParam(Languages.PARAMETER) String lang,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return in(catalog.current(), languages.choose(lang, acceptLanguage));
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
    public RestResponse<Questionnaire> get(
            @Parameter(description = "A published version, such as v1", example = "v1") @PathParam("version")
                    String version,
            @Parameter(description = LANG) @QueryParam(Languages.PARAMETER) String lang,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage)
            throws UnknownQuestionnaireVersionException {
        ScoringEngine engine = catalog.require(version);
        return in(engine, languages.choose(lang, acceptLanguage));
    }

    /**
     * The definition's texts in that language (English where the version has not been translated
     * into it), saying which in {@code Content-Language}.
     */
    private RestResponse<Questionnaire> in(ScoringEngine engine, String language) {
        Questionnaire questionnaire = catalog.questionnaire(engine, language);
        return RestResponse.ResponseBuilder.ok(questionnaire)
                .header(HttpHeaders.CONTENT_LANGUAGE, catalog.language(engine, language))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
