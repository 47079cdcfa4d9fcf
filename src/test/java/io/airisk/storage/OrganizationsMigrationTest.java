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
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V9 on a database holding the schema and data before it: every assessment is attached to
 * the organization of its name, compared ignoring case within its tenant, and nothing is lost.
 */
class OrganizationsMigrationTest {

    private static final UUID FIRST_TENANT = UUID.fromString("00000000-0000-7000-8000-000000000001");

    @Test
    void shouldAttachEveryAssessmentToTheOrganizationOfItsName() throws Exception {
        String url = "jdbc:h2:mem:organizations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, "7");
        UUID otherTenant = UUID.randomUUID();
        Map<UUID, String> names = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "airisk", "")) {
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

        migrate(url, null);

        try (Connection connection = DriverManager.getConnection(url, "airisk", "")) {
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

    private static void migrate(String url, String target) {
        var configuration =
                Flyway.configure().dataSource(url, "airisk", "").locations("classpath:db/migration", "classpath:db/h2");
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
