package io.airisk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Migration V9 on a database holding the schema and data before it: every assessment is attached to
 * the organization of its name, compared ignoring case within its tenant, and nothing is lost. On
 * H2 always; on PostgreSQL, in a schema of its own, when AIRISK_DB_URL names one (.ci/postgres.sh).
 */
class OrganizationsMigrationTest {

    /** Each database: its JDBC URL, user, password, the migration locations of its kind and its last migration before V9. */
    static Stream<Arguments> databases() {
        Stream<Arguments> h2 = Stream.of(Arguments.of(
                "H2",
                "jdbc:h2:mem:organizations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "airisk",
                "",
                "classpath:db/h2",
                "7"));
        String postgres = System.getenv("AIRISK_DB_URL");
        if (postgres == null || !postgres.startsWith("jdbc:postgresql:")) {
            return h2;
        }
        String schema = "organizations_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(
                postgres, System.getenv("AIRISK_DB_USER"), System.getenv("AIRISK_DB_PASSWORD"))) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Stream.concat(
                h2,
                Stream.of(Arguments.of(
                        "PostgreSQL",
                        url,
                        System.getenv("AIRISK_DB_USER"),
                        System.getenv("AIRISK_DB_PASSWORD"),
                        "classpath:db/postgresql",
                        "8")));
    }

    private static final UUID FIRST_TENANT = UUID.fromString("00000000-0000-7000-8000-000000000001");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldAttachEveryAssessmentToTheOrganizationOfItsName(
            String database, String url, String user, String password, String locations, String before)
            throws Exception {
        migrate(url, user, password, locations, before);
        UUID otherTenant = UUID.randomUUID();
        Map<UUID, String> names = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement tenant =
                    connection.prepareStatement("INSERT INTO tenant (id, name, created_at) VALUES (?, 'Other', ?)")) {
                tenant.setObject(1, otherTenant);
                tenant.setObject(2, OffsetDateTime.now());
                tenant.executeUpdate();
            }
            OffsetDateTime start = OffsetDateTime.parse("2026-01-01T00:00:00Z");
            names.put(insert(connection, FIRST_TENANT, "Acme Robotics", "Retail", start), "acme robotics");
            names.put(
                    insert(connection, FIRST_TENANT, "ACME ROBOTICS", "Manufacturing", start.plusDays(90)),
                    "acme robotics");
            names.put(insert(connection, FIRST_TENANT, "Globex", null, start.plusDays(1)), "globex");
            names.put(insert(connection, otherTenant, "Acme Robotics", null, start.plusDays(2)), "acme robotics");
        }

        migrate(url, user, password, locations, null);

        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM organization")) {
                count.next();
                assertThat(count.getInt(1))
                        .as("one per tenant and name, ignoring case")
                        .isEqualTo(3);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT o.tenant_id, o.name_key, o.name, o.industry, a.organization_name FROM assessment a"
                            + " JOIN organization o ON o.id = a.organization_id WHERE a.id = ?")) {
                for (Map.Entry<UUID, String> assessment : names.entrySet()) {
                    select.setObject(1, assessment.getKey());
                    try (ResultSet row = select.executeQuery()) {
                        assertThat(row.next())
                                .as("assessment %s attached", assessment.getKey())
                                .isTrue();
                        assertThat(row.getString(2)).isEqualTo(assessment.getValue());
                    }
                }
            }
            try (ResultSet acme = connection
                    .createStatement()
                    .executeQuery("SELECT name, industry FROM organization WHERE tenant_id = '" + FIRST_TENANT
                            + "' AND name_key = 'acme robotics'")) {
                acme.next();
                // The organization takes its latest assessment's name, industry and size.
                assertThat(acme.getString(1)).isEqualTo("ACME ROBOTICS");
                assertThat(acme.getString(2)).isEqualTo("Manufacturing");
            }
            try (ResultSet assessments = connection.createStatement().executeQuery("SELECT COUNT(*) FROM assessment")) {
                assessments.next();
                assertThat(assessments.getInt(1)).isEqualTo(4);
            }
        }
    }

    private static void migrate(String url, String user, String password, String locations, String target) {
        var configuration =
                Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration", locations);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static UUID insert(Connection connection, UUID tenant, String name, String industry, OffsetDateTime at)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment (id, tenant_id, version,"
                + " organization_name, organization_key, organization_industry, questionnaire_version, status,"
                + " answers, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, 'v2', 'DRAFT', '{}', ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setString(3, name);
            insert.setString(4, name.toLowerCase());
            insert.setString(5, industry);
            insert.setObject(6, at);
            insert.setObject(7, at);
            insert.executeUpdate();
        }
        return id;
    }
}
