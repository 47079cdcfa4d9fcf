package io.airisk.storage;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate sends while tests run, as it sends it (parameters as {@code ?}),
 * for tests that ask the database how it would run one. Changes nothing.
 */
@PersistenceUnitExtension
public class RecordedStatements implements StatementInspector {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        if (STATEMENTS.size() < 10_000) {
            STATEMENTS.add(sql);
        }
        return sql;
    }

    public static void clear() {
        STATEMENTS.clear();
    }

    /** The statements sent since the last {@link #clear()}, oldest first. */
    public static List<String> since() {
        return List.copyOf(STATEMENTS);
    }
}
