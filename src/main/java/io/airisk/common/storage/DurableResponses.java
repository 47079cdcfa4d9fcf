package io.airisk.common.storage;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Holds back the answer to a request whose transaction committed until H2's file holds the
 * commit ({@link H2DurableCommits}). The request is suspended meanwhile: it holds no thread.
 */
@Provider
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class DurableResponses implements ContainerResponseFilter {

    private final H2DurableCommits commits;

    public DurableResponses(H2DurableCommits commits) {
        this.commits = commits;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!commits.committedInThisRequest()) {
            return;
        }
        ResteasyReactiveContainerRequestContext context = (ResteasyReactiveContainerRequestContext) request;
        context.suspend();
        commits.durable().whenComplete((done, failure) -> {
            if (failure == null) {
                context.resume();
            } else {
                context.resume(failure);
            }
        });
    }
}
