package io.airisk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list reads its page from the index made for it, in the index's order, however many rows
 * the tenant has: the database's plan for each paged query the list sends says "index sorted", with
 * nothing left to sort. H2 had read and sorted all of a tenant's assessments and audit events for
 * each page (its single-column index for the foreign key to the tenant looked cheaper), 1.1 s and
 * 70,000 rows held for a page of 100. (The lists of keys and tokens are bounded by the active
 * ones a tenant or an assessment may have, and sorted whole.)
 */
@QuarkusTest
class ListPlanTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Inject
    DataSource database;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/assessments?size=100",
                "/api/v1/assessments?status=DRAFT&size=100",
                "/api/v1/assessments?organization=Plans&size=100&page=1",
                "/api/v1/assessments?organization=Plans&status=DRAFT&size=100",
                "/api/v1/audit-events?size=50"
            })
    void shouldReadEachPageStraightFromItsIndex(String list) throws SQLException {
        try (Connection connection = database.getConnection()) {
            // H2's plan, in H2's words; PostgreSQL creates no index for a foreign key, and plans a
            // statement only with its parameters' values (EXPLAIN GENERIC_PLAN from version 16).
            assumeTrue("H2".equals(connection.getMetaData().getDatabaseProductName()), "an H2 plan");
        }
        admin.createCompleteDraft(Api.organization("Plans"));
        RecordedStatements.clear();

        admin.given().when().get(list).then().statusCode(200);

        List<String> paged = RecordedStatements.since().stream()
                .filter(sql -> sql.contains(" order by ") && sql.contains(" offset "))
                .toList();
        assertThat(paged).as("the paged queries of %s", list).isNotEmpty();
        for (String sql : paged) {
            assertThat(plan(sql)).as(sql).contains("/* index sorted */");
        }
    }

    /** The plan H2 makes for the statement, its parameters left unset. */
    private String plan(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql);
                ResultSet plan = explain.executeQuery()) {
            plan.next();
            return plan.getString(1);
        }
    }
}
