package io.airisk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.airisk.Api;
import io.airisk.Concurrently;
import io.airisk.TestKeys;
import io.airisk.access.repository.TenantEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.engine.Questionnaires;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The per-status tally stays equal to the rows it counts. It compares totals over all assessments,
 * so it runs alone even if the other tests ever run in parallel.
 */
@QuarkusTest
@Isolated
class TallyTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Inject
    AssessmentRepository repository;

    @Test
    void shouldKeepListTotalsEqualToTheRowsThroughConcurrentCreatesSubmitsAndDeletes() throws Exception {
        String organization = Api.organization("Tally");
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            creates.add(() -> admin.create(Api.createBody(organization, Questionnaires.exposedCompany()))
                    .extract()
                    .statusCode());
        }
        assertThat(Concurrently.run(8, creates)).containsOnly(201);
        List<String> ids = admin.given()
                .queryParam("organization", organization)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/assessments")
                .then()
                .extract()
                .path("items.id");
        List<Callable<Integer>> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            changes.add(() -> admin.submit(id).extract().statusCode());
            changes.add(() -> admin.submit(id).extract().statusCode());
            if (i % 3 == 0) {
                changes.add(() -> admin.delete(id).extract().statusCode());
            }
        }

        List<Integer> statuses = Concurrently.run(8, changes);

        // A submit after the delete of its assessment answers 404, when the threads' order makes one.
        assertThat(statuses).isSubsetOf(200, 204, 404, 409).contains(200, 409);
        assertThat(statuses).filteredOn(status -> status == 204).hasSize(8);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            long rows = QuarkusTransaction.requiringNew()
                    .call(() -> repository.count("tenantId = ?1 and status = ?2", TenantEntity.FIRST, status));
            admin.given()
                    .queryParam("status", status)
                    .when()
                    .get("/api/v1/assessments")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo((int) rows));
        }
        // The ADMIN key is the first tenant's: its totals count its rows, not other tenants'.
        long rows = QuarkusTransaction.requiringNew().call(() -> repository.count("tenantId", TenantEntity.FIRST));
        assertThat(admin.total()).isEqualTo(rows);
        assertThat(admin.count(organization)).isEqualTo(16);
    }
}
