package io.airisk.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Ready, and started, once the published questionnaires are loaded and checked: a catalog that
 * fails its checks stops the start, so a running service always has one. Beside the database's
 * own readiness check, which the datasource extension adds.
 */
@Readiness
@Startup
@ApplicationScoped
public class QuestionnairesReady implements HealthCheck {

    private final QuestionnaireCatalog catalog;

    public QuestionnairesReady(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("questionnaires")
                .withData("versions", catalog.summaries().size())
                .withData("current", catalog.current().questionnaire().version())
                .up()
                .build();
    }
}
