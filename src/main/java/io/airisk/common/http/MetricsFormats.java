package io.airisk.common.http;

import io.airisk.common.error.ProblemType;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Locale;

/**
 * Serves {@code /q/metrics} in the format the scraper prefers, by the quality values of its
 * Accept header: OpenMetrics (which carries exemplars, the trace ids of sampled requests) or the
 * Prometheus text format. The framework's own endpoint picks the text format whenever text/plain
 * is named at all, which Prometheus's scrape header always does at a lower quality, and answers
 * {@code application/openmetrics-text} without parameters with 406. This route comes first and
 * answers instead; the framework's stays behind it.
 */
@ApplicationScoped
public class MetricsFormats {

    static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Instance<PrometheusMeterRegistry> registry;
    private final HttpLimits limits;

    public MetricsFormats(Instance<PrometheusMeterRegistry> registry, HttpLimits limits) {
        this.registry = registry;
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.get("/q/metrics").order(Integer.MIN_VALUE + 1).handler(this::scrape);
    }

    private void scrape(RoutingContext context) {
        if (!registry.isResolvable()) {
            context.next();
            return;
        }
        String format = choose(context.request().getHeader(HttpHeaders.ACCEPT));
        if (format == null) {
            limits.reject(context, ProblemType.NOT_ACCEPTABLE, null);
            return;
        }
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, format)
                .end(registry.get().scrape(format));
    }

    /**
     * The format the Accept header prefers: the one of highest quality, OpenMetrics on a tie;
     * text for a browser (text/html), OpenMetrics without a header; {@code null} when it names
     * neither nor a wildcard.
     */
    static String choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return OPENMETRICS;
        }
        double openMetrics = -1;
        double text = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            switch (type) {
                case "application/openmetrics-text", "application/*" -> openMetrics = Math.max(openMetrics, quality);
                case "text/plain", "text/html", "text/*" -> text = Math.max(text, quality);
                case "*/*" -> {
                    openMetrics = Math.max(openMetrics, quality);
                    text = Math.max(text, quality);
                }
                default -> {
                    // another type: it names neither format
                }
            }
        }
        if (openMetrics <= 0 && text <= 0) {
            return null;
        }
        return openMetrics >= text ? OPENMETRICS : TEXT;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
