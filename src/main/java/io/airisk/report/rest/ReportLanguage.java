package io.airisk.report.rest;

import io.airisk.questionnaire.service.Languages;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The language a report or its chart is asked in: {@code ?lang=}, else {@code Accept-Language} ({@link Languages}). */
public class ReportLanguage {

    @QueryParam(Languages.PARAMETER)
    @Parameter(
            description = "The language of the report's words: en, de or fr. Without it, the first of those the"
                    + " Accept-Language header asks for, else English. The figures are the same in each.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"en", "de", "fr"}))
    public String lang;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    @Parameter(hidden = true)
    public String acceptLanguage;

    /** The language chosen among those offered; 400 naming {@code lang} when it names another. */
    String chosen(Languages languages) {
        return languages.choose(lang, acceptLanguage);
    }
}
