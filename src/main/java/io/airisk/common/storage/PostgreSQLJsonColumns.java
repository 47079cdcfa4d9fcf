package io.airisk.common.storage;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.type.PostgreSQLCastingJsonJdbcType;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;

/**
 * On PostgreSQL, JSON attributes are written as {@code json}, the type of their columns (migration
 * V8), where Hibernate would cast them to {@code jsonb} on the way in: jsonb reorders each object's
 * keys and respaces the text before the column turns it back into json. Written as json, the text
 * stored is the text Jackson wrote, as on H2, so a stored result reads back byte for byte as the
 * response that created it.
 */
@PersistenceUnitExtension
public class PostgreSQLJsonColumns implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry services) {
        if (services.requireService(JdbcServices.class).getDialect() instanceof PostgreSQLDialect) {
            contributions.contributeJdbcType(PostgreSQLCastingJsonJdbcType.JSON_INSTANCE);
        }
    }
}
