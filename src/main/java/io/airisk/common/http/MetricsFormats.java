package io.airisk.common.http;

import io.airisk.common.error.ProblemType;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Locale;

/**
 * Serves {@code /q/metrics} in the format the scraper prefers, by the quality values of its
 * Accept header as the router parses it: OpenMetrics (which carries exemplars, the trace ids of sampled requests) or the
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
        String format = choose(context.parsedHeaders().accept());
        if (format == null) {
            limits.reject(context, ProblemType.NOT_ACCEPTABLE, null);
            return;
        }
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, format)
                .end(registry.get().scrape(format));
    }

    /**
     * The format the Accept header prefers, as the router parsed it (ranges by quality, the more
     * specific first among equals): the first range that names one; text for a browser
     * (text/html), OpenMetrics for a wildcard or no header; {@code null} when none names either.
     */
    static String choose(List<MIMEHeader> accept) {
        if (accept.isEmpty()) {
            return OPENMETRICS;
        }
        for (MIMEHeader range : accept) {
            if (range.weight() <= 0) {
                continue;
            }
            String type = range.value().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "application/openmetrics-text", "application/*", "*/*" -> {
                    return OPENMETRICS;
                }
                case "text/plain", "text/html", "text/*" -> {
                    return TEXT;
                }
                default -> {
                    // another type: it names neither format
                }
            }
        }
        return null;
    }
}
