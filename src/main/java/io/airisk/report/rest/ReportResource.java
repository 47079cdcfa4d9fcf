package io.airisk.report.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.Trend;
import io.airisk.common.error.Problem;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.airisk.questionnaire.service.Languages;
import io.airisk.report.service.Badge;
import io.airisk.report.service.PdfRenderer;
import io.airisk.report.service.RadarChart;
import io.airisk.report.service.Report;
import io.airisk.report.service.Reports;
import io.airisk.report.service.TrendChart;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A submitted assessment for people: the printable HTML report (also as a PDF, from the same
 * template), its radar chart and a badge, as Qute templates (which escape what they insert). A share token opens them, also as the
 * {@code token} query parameter of a link (see ApiKeyAuthentication). Their path is that of the
 * assessments, for the reason AssessmentTokenResource gives.
 */
@Path("/api/v1/assessments")
@Tag(name = "Reports", description = "A submitted assessment as a printable report, a radar chart and a badge")
public class ReportResource {

    public static final String SVG = "image/svg+xml";
    public static final String PDF = "application/pdf";

    /** The longest part of a PDF's file name taken from the organization's name. */
    static final int FILE_NAME_LENGTH = 60;

    /**
     * No script, no request elsewhere, no framing by other sites, no referrer: the page may carry
     * a share token in its address.
     */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        /** The report; for the PDF ({@code pdf}), what the PDF's layout cannot draw is drawn otherwise. */
        static native TemplateInstance report(Report report, boolean pdf);

        static native TemplateInstance radar(RadarChart chart);

        static native TemplateInstance badge(Badge badge);

        static native TemplateInstance trend(TrendChart chart);
    }

    private final Reports reports;
    private final PdfRenderer pdf;
    private final SecurityIdentity identity;
    private final Languages languages;

    public ReportResource(Reports reports, PdfRenderer pdf, SecurityIdentity identity, Languages languages) {
        this.languages = languages;
        this.reports = reports;
        this.pdf = pdf;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/report")
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.VIEWER, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentReport",
            summary = "The printable report of a submitted assessment",
            description = "HTML for people and for printing to PDF: the organization, the band and index, the radar"
                    + " chart, each dimension with the answers that weigh most, the improvement plan with expected"
                    + " reductions, effort and trade-offs, the questionnaire version and the method's notice."
                    + " A share token may be sent as the token query parameter, so that a link opens it.")
    @APIResponse(
            responseCode = "200",
            description = "The report: an HTML document in UTF-8",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            // Bytes, as the charts are: every generator reads them whole (Java's native client
                            // would parse a plain string as JSON and fail on the HTML).
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1_000_000)))
    public Response report(@BeanParam ReportLink link, @BeanParam ReportLanguage language)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        String chosen = language.chosen(languages);
        Report report = reports.report(Caller.of(identity), link.id, chosen);
        return inLanguage(
                page(Templates.report(report, false).setLocale(Locale.forLanguageTag(chosen)), MediaType.TEXT_HTML),
                chosen);
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.VIEWER, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentReportPdf",
            summary = "The report of a submitted assessment as a PDF",
            description = "The report's content as A4 pages, numbered, rendered by the service, to download and"
                    + " send: a summary on the first page, then the dimensions with the answers given, the plan"
                    + " and the method. The radar chart is drawn as bars of the same scores. A share token may be"
                    + " sent as the token query parameter, so that a link opens it. An instance renders one PDF"
                    + " at a time (by default); one more is answered 503 with Retry-After.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF; Content-Disposition names a file",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with a file name made of the organization's name",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 120)),
            content =
                    @Content(
                            mediaType = PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 2_000_000)))
    @APIResponse(responseCode = "503", ref = ProblemResponses.BUSY)
    public Response reportPdf(@BeanParam ReportLink link, @BeanParam ReportLanguage language)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        String chosen = language.chosen(languages);
        Report report = reports.report(Caller.of(identity), link.id, chosen);
        byte[] document = pdf.render(Templates.report(report, true)
                .setLocale(Locale.forLanguageTag(chosen))
                .render());
        return Response.ok(document, PDF)
                .header(HttpHeaders.CONTENT_LANGUAGE, chosen)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report.organization()) + "\"")
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /**
     * The PDF's file name: the organization's name in lower-case ASCII letters, digits and dashes
     * (accents dropped, anything else a dash), so that no quote, slash or control character reaches
     * the header or a file system.
     */
    static String fileName(String organization) {
        String ascii = Normalizer.normalize(organization, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > FILE_NAME_LENGTH) {
            ascii = ascii.substring(0, FILE_NAME_LENGTH).replaceAll("-+$", "");
        }
        return "ai-risk-report" + (ascii.isEmpty() ? "" : "-" + ascii) + ".pdf";
    }

    @GET
    @Path("/{id}/radar")
    @Produces({SVG, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentRadar",
            summary = "The radar chart of a submitted assessment's dimensions",
            description = "An SVG image, one axis per dimension, scores from 0 at the centre to 100.")
    @APIResponse(
            responseCode = "200",
            description = "The chart",
            content =
                    @Content(
                            mediaType = SVG,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100_000)))
    public Response radar(@BeanParam ReportLink link, @BeanParam ReportLanguage language)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        String chosen = language.chosen(languages);
        return inLanguage(
                page(
                        Templates.radar(reports.radar(Caller.of(identity), link.id, chosen))
                                .setLocale(Locale.forLanguageTag(chosen)),
                        SVG),
                chosen);
    }

    /** A page in {@code language}, saying so, and that another Accept-Language may get another. */
    private static Response inLanguage(Response page, String language) {
        return Response.fromResponse(page)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @GET
    @Path("/{id}/badge")
    @Produces({SVG, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.VIEWER, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentBadge",
            summary = "A badge with a submitted assessment's band and index",
            description = "A small SVG image for a client's page.")
    @APIResponse(
            responseCode = "200",
            description = "The badge",
            content =
                    @Content(
                            mediaType = SVG,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_000)))
    public Response badge(@BeanParam ReportLink link)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        return page(Templates.badge(reports.badge(Caller.of(identity), link.id)), SVG);
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentHistory",
            summary = "The organization's submitted assessments up to this one, and the last change in a sentence",
            description = "What the report and the widget show under \"Since the last assessment\": the organization's"
                    + " submitted assessments up to this one (at most 12, none later), and the change from the one"
                    + " before in a sentence; for its first assessment, no points and no sentence. A token of the"
                    + " assessment reads it too: the history is its own organization's.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentHistory.class)))
    public AssessmentHistory history(@BeanParam ReportLink link)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        Reports.History history = reports.history(Caller.of(identity), link.id);
        return new AssessmentHistory(history.lastChange(), history.points());
    }

    @GET
    @Path("/{id}/history-chart")
    @Produces({SVG, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDENT, Roles.SHARE})
    @Operation(
            operationId = "getAssessmentHistoryChart",
            summary = "A small chart of the organization's index over its assessments up to this one",
            description = "An SVG image, one dot per submitted assessment, oldest on the left; 404 for the"
                    + " organization's first assessment, which has nothing to chart.")
    @APIResponse(
            responseCode = "200",
            description = "The chart",
            content =
                    @Content(
                            mediaType = SVG,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100_000)))
    public Response historyChart(@BeanParam ReportLink link)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        Reports.History history = reports.history(Caller.of(identity), link.id);
        if (history.chart() == null) {
            return Problems.response(
                    ProblemType.NOT_FOUND,
                    "This is its organization's first submitted assessment: there is no history to chart yet.");
        }
        return page(Templates.trend(history.chart()), SVG);
    }

    /** The organization's history up to an assessment. */
    @Schema(
            name = "AssessmentHistory",
            description = "An organization's submitted assessments up to one, and the last change in a sentence",
            requiredProperties = {"points"})
    public record AssessmentHistory(
            @Schema(
                    description = "The change from the assessment before, in a sentence; absent for the first",
                    maxLength = 2000)
            String lastChange,

            @Schema(maxItems = 12) List<Trend.Point> points) {}

    static Response page(TemplateInstance template, String mediaType) {
        return Response.ok(template.render(), mediaType + ";charset=UTF-8")
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
