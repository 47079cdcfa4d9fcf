package io.airisk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list and trend queries read an index on PostgreSQL, for their filter and for their order: with
 * sequential scans, bitmap scans and sorts priced out of the planner's choice, each plan holds none
 * of them, so an index serves the query whatever the table's size, and the time of a page does not
 * grow with what else the tenant holds (bench/cost-curve.sh measures it). Runs, in a schema of its
 * own, when AIRISK_DB_URL names a PostgreSQL database (.ci/postgres.sh); skipped otherwise.
 */
class QueryPlansTest {

    private static final String TENANT = "00000000-0000-7000-8000-000000000001";
    private static String url;
    private static String schema;

    @BeforeAll
    static void seed() throws SQLException {
        String postgres = System.getenv("AIRISK_DB_URL");
        if (postgres == null || !postgres.startsWith("jdbc:postgresql:")) {
            return;
        }
        schema = "plans_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(postgres);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Flyway.configure()
                .dataSource(url, System.getenv("AIRISK_DB_USER"), System.getenv("AIRISK_DB_PASSWORD"))
                .locations("classpath:db/migration", "classpath:db/postgresql")
                .load()
                .migrate();
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO organization (id, tenant_id, version, name, name_key, created_at, updated_at)"
                            + " SELECT gen_random_uuid(), '" + TENANT + "', 0, 'Org ' || x, 'org ' || x, now(), now()"
                            + " FROM generate_series(1, 2000) AS x");
            statement.execute(
                    "INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name,"
                            + " organization_key, questionnaire_version, status, answers, created_at, updated_at, submitted_at)"
                            + " SELECT gen_random_uuid(), o.tenant_id, 0, o.id, o.name, o.name_key, 'v3',"
                            + " CASE WHEN x % 2 = 0 THEN 'SUBMITTED' ELSE 'DRAFT' END, '{}'::json,"
                            + " now() - x * INTERVAL '1 minute', now(), CASE WHEN x % 2 = 0 THEN now() - x * INTERVAL '1 minute' END"
                            + " FROM generate_series(1, 20000) AS x JOIN organization o ON o.name_key = 'org ' || (x % 2000 + 1)");
            // Standings (migration V12): one peer group of 200 organizations among 2,000, each with its
            // index and six dimension scores.
            statement.execute("UPDATE organization SET industry = 'Retail', size = '50-250',"
                    + " peer_group = 'retail' || chr(10) || '50-250' WHERE name_key LIKE '%0'");
            statement.execute("INSERT INTO organization_standing (organization_id, tenant_id, stale, submitted,"
                    + " latest_overall, latest_band, previous_overall)"
                    + " SELECT id, tenant_id, false, 5, random() * 100, 'HIGH', random() * 100 FROM organization");
            statement.execute("INSERT INTO organization_score (organization_id, dimension, score)"
                    + " SELECT o.id, d, random() * 100 FROM organization o,"
                    + " unnest(ARRAY['overall', 'A', 'B', 'C', 'D', 'E', 'F']) AS d");
            statement.execute("ANALYZE organization");
            statement.execute("ANALYZE organization_standing");
            statement.execute("ANALYZE organization_score");
            statement.execute("ANALYZE assessment");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        if (schema != null) {
            try (Connection connection = connect(System.getenv("AIRISK_DB_URL"));
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Each query as its repository sends it, the index that must serve it, and the columns that bound its range. */
    static Stream<Arguments> queries() {
        String organization = "(SELECT id FROM organization WHERE name_key = 'org 7')";
        return Stream.of(
                Arguments.of(
                        "trend: an organization's latest submitted assessments",
                        "SELECT id, submitted_at, questionnaire_version, answers FROM assessment WHERE organization_id = "
                                + organization
                                + " AND status = 'SUBMITTED' ORDER BY submitted_at DESC, id DESC LIMIT 100",
                        "assessment_history_idx",
                        List.of("organization_id", "status")),
                Arguments.of(
                        "organizations by name",
                        "SELECT * FROM organization WHERE tenant_id = '" + TENANT
                                + "' ORDER BY name_key LIMIT 20 OFFSET 40",
                        "organization_name_unique",
                        List.of("tenant_id")),
                Arguments.of(
                        "organizations whose name begins with a prefix",
                        "SELECT * FROM organization WHERE tenant_id = '" + TENANT
                                + "' AND name_key LIKE 'org 12%' ESCAPE '\\' ORDER BY name_key LIMIT 20",
                        "organization_name_unique",
                        List.of("tenant_id", "name_key")),
                Arguments.of(
                        "how many organizations begin with a prefix",
                        "SELECT count(*) FROM organization WHERE tenant_id = '" + TENANT
                                + "' AND name_key LIKE 'org 12%' ESCAPE '\\'",
                        "organization_name_unique",
                        List.of("tenant_id", "name_key")),
                Arguments.of(
                        "newest assessments",
                        "SELECT id FROM assessment WHERE tenant_id = '" + TENANT
                                + "' ORDER BY tenant_id, created_at DESC, id DESC LIMIT 20",
                        "assessment_newest_idx",
                        List.of("tenant_id")),
                Arguments.of(
                        "assessments of a status",
                        "SELECT id FROM assessment WHERE tenant_id = '" + TENANT
                                + "' AND status = 'SUBMITTED' ORDER BY tenant_id, status, created_at DESC, id DESC LIMIT 20 OFFSET 200",
                        "assessment_status_idx",
                        List.of("tenant_id", "status")),
                Arguments.of(
                        "assessments of an organization, of a status",
                        "SELECT id FROM assessment WHERE tenant_id = '" + TENANT + "' AND organization_key = 'org 7'"
                                + " AND status = 'DRAFT' ORDER BY tenant_id, organization_key, status, created_at DESC,"
                                + " id DESC LIMIT 20",
                        "assessment_organization_status_idx",
                        List.of("tenant_id", "organization_key", "status")),
                Arguments.of(
                        "how many assessments an organization holds",
                        "SELECT count(*) FROM assessment WHERE organization_id = " + organization,
                        "assessment_history_idx",
                        List.of("organization_id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void shouldReadAnIndexForTheFilterAndTheOrder(String name, String query, String index, List<String> bounds)
            throws SQLException {
        assumeTrue(url != null, "AIRISK_DB_URL names no PostgreSQL database");
        List<String> plan = plan(query, "enable_seqscan", "enable_bitmapscan", "enable_sort");
        String text = String.join("\n", plan);

        assertThat(text).as(text).contains(" using " + index + " on ");
        assertThat(text).as(text).doesNotContain("Seq Scan on assessment", "Seq Scan on organization", "Sort ");
        String condition = plan.stream()
                .filter(line -> line.contains("Index Cond:") && !line.contains("organization.name_key = "))
                .reduce("", String::concat);
        assertThat(condition)
                .as("the index range bounds every filter column: %s", text)
                .contains(bounds);
    }

    /** The portfolio's and the peers' queries, as Hibernate sends them, and the index that selects their organizations. */
    static Stream<Arguments> standingQueries() {
        String other = "(SELECT id FROM organization WHERE name_key = 'org 10')";
        return Stream.of(
                Arguments.of(
                        "portfolio: the quartiles of a tenant's scores",
                        "SELECT sc.dimension, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY sc.score)"
                                + " FROM organization_score sc JOIN organization_standing s ON s.organization_id ="
                                + " sc.organization_id JOIN organization o ON o.id = s.organization_id WHERE s.tenant_id = '"
                                + TENANT + "' AND s.latest_overall IS NOT NULL GROUP BY sc.dimension",
                        "organization_standing_tenant_idx"),
                Arguments.of(
                        "peers: how a score stands in a peer group, across tenants",
                        "SELECT sc.dimension, sum(CASE WHEN sc.score < 50 THEN 1.0 ELSE 0.0 END), count(*),"
                                + " count(DISTINCT o.tenant_id) FROM organization_score sc JOIN organization o ON o.id ="
                                + " sc.organization_id WHERE o.peer_group = 'retail' || chr(10) || '50-250' AND o.id <> "
                                + other
                                + " AND sc.dimension IN ('overall', 'A') AND o.tenant_id IN (SELECT t.id FROM tenant t"
                                + " WHERE t.peer_benchmarks) GROUP BY sc.dimension",
                        "organization_peer_group_idx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standingQueries")
    void shouldReadTheStandingsOfTheOrganizationsSelectedOnly(String name, String query, String index)
            throws SQLException {
        assumeTrue(url != null, "AIRISK_DB_URL names no PostgreSQL database");
        List<String> plan = plan(query, "enable_seqscan", "enable_bitmapscan");
        String text = String.join("\n", plan);

        assertThat(text).as(text).contains(" using " + index + " on ");
        assertThat(text)
                .as(text)
                .doesNotContain(
                        "Seq Scan on organization ",
                        "Seq Scan on organization_standing",
                        "Seq Scan on organization_score");
    }

    /** The plan PostgreSQL makes for the query with those kinds of step priced out, a line each. */
    private static List<String> plan(String query, String... disabled) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            for (String setting : disabled) {
                statement.execute("SET " + setting + " = off");
            }
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        return plan;
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(
                jdbcUrl, System.getenv("AIRISK_DB_USER"), System.getenv("AIRISK_DB_PASSWORD"));
    }
}
