package io.airisk.common;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which requests' spans are recorded: every one, under the caller's sampling decision, once a
 * collector is named ({@code quarkus.otel.exporter.otlp.traces.endpoint}); none while none is, the
 * default. Every request still gets a trace id, the caller's from its {@code traceparent} or a new
 * one, which the logs and the problem details carry: only the span's data (attributes, events, the
 * stack trace of every refused request) is no longer built, held in the export queue and dropped.
 * A CDI bean, as Quarkus reads one in place of its build-time sampler setting, so that naming a
 * collector at run time is enough.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> collector) {
        return collector.filter(endpoint -> !endpoint.isBlank()).isPresent()
                ? Sampler.parentBased(Sampler.alwaysOn())
                : Sampler.alwaysOff();
    }
}
