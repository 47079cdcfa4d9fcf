package io.airisk.report.rest;

import io.airisk.common.error.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A problem as a page, for a person who opened a link in a browser: a board member whose share link
 * has expired sees what happened and what to do, not JSON. Only a browser's navigation to a page
 * ({@code Sec-Fetch-Dest: document}, which browsers send and clients do not) gets one; every other
 * caller gets the problem details as always, with the same status.
 */
public class ProblemPages {

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance problem(Problem problem, String advice);
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem
                && "document".equals(request.getHeaderString("Sec-Fetch-Dest"))) {
            response.setEntity(
                    Templates.problem(problem, advice(problem.status())).render(),
                    null,
                    MediaType.valueOf(MediaType.TEXT_HTML + ";charset=UTF-8"));
            response.getHeaders().putSingle("Content-Security-Policy", ReportResource.POLICY);
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        }
    }

    /** What the person who opened the link can do. */
    static String advice(int status) {
        return switch (status) {
            case 401, 403 -> "The link may have expired or been revoked. Ask whoever sent it to you for a new one.";
            case 404 ->
                "Nothing is at this address, or the link does not reach it. Check that it was copied whole,"
                        + " or ask whoever sent it to you for a new one.";
            case 409 -> "The assessment is not submitted yet: its report opens once it is.";
            case 429, 503 -> "The service is busy. Try again in a minute.";
            default -> "Ask whoever sent you the link, and quote the reference below.";
        };
    }
}
