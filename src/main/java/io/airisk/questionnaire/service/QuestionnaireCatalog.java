package io.airisk.questionnaire.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.common.json.StrictJson;
import io.airisk.engine.Migration;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.ScoringEngine;
import io.airisk.engine.VersionMove;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The published questionnaire versions, each compiled into its scoring engine. Loaded and
 * validated once at start-up: an invalid definition stops the service with a message naming
 * the fault, rather than scoring with it.
 */
@Startup
@ApplicationScoped
public class QuestionnaireCatalog {

    private static final Logger LOG = Logger.getLogger(QuestionnaireCatalog.class);

    private final Map<String, ScoringEngine> engines;
    /** Each version that declares a migration, keyed by the version it migrates from. */
    private final Map<String, VersionMove> movesFrom;

    private final ScoringEngine current;
    private final List<QuestionnaireSummary> summaries;

    public QuestionnaireCatalog(ObjectMapper requestMapper, QuestionnaireConfig config) {
        long started = System.nanoTime();
        ObjectMapper mapper = StrictJson.unbounded(requestMapper);
        CatalogFile catalog = read(mapper, config.catalog(), CatalogFile.class);
        if (catalog.definitions() == null || catalog.definitions().isEmpty()) {
            throw new IllegalStateException("Questionnaire catalog " + config.catalog() + " lists no definitions");
        }
        Map<String, ScoringEngine> loaded = new LinkedHashMap<>();
        for (String resource : catalog.definitions()) {
            Questionnaire questionnaire = read(mapper, resource, Questionnaire.class);
            ScoringEngine engine;
            try {
                engine = new ScoringEngine(questionnaire);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
            if (loaded.putIfAbsent(questionnaire.version(), engine) != null) {
                throw new IllegalStateException(
                        resource + ": version " + questionnaire.version() + " is published twice");
            }
        }
        this.engines = Collections.unmodifiableMap(loaded);
        Map<String, VersionMove> moves = new LinkedHashMap<>();
        for (ScoringEngine engine : loaded.values()) {
            Migration migration = engine.questionnaire().migration();
            if (migration == null) {
                continue;
            }
            ScoringEngine source = loaded.get(migration.from());
            if (source == null) {
                throw new IllegalStateException(
                        "Questionnaire " + engine.questionnaire().version() + " migrates from '" + migration.from()
                                + "', which is not published");
            }
            try {
                moves.put(migration.from(), new VersionMove(source, engine));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        this.movesFrom = Collections.unmodifiableMap(moves);
        this.current = loaded.get(catalog.current());
        if (current == null) {
            throw new IllegalStateException("Questionnaire catalog " + config.catalog() + ": current version '"
                    + catalog.current() + "' is not among " + loaded.keySet());
        }
        this.summaries = loaded.values().stream()
                .map(ScoringEngine::questionnaire)
                .map(q -> new QuestionnaireSummary(
                        q.version(), q.title(), q.version().equals(catalog.current())))
                .toList();
        LOG.infof(
                "Questionnaire versions %s published; current is %s (loaded and checked in %d ms)",
                loaded.keySet(), catalog.current(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The published versions, in catalog order. */
    public List<QuestionnaireSummary> summaries() {
        return summaries;
    }

    public ScoringEngine current() {
        return current;
    }

    public Optional<ScoringEngine> find(String version) {
        return Optional.ofNullable(engines.get(version));
    }

    /** The engine of that version, or the current one when {@code version} is null. */
    public ScoringEngine require(String version) throws UnknownQuestionnaireVersionException {
        if (version == null) {
            return current;
        }
        return find(version).orElseThrow(() -> new UnknownQuestionnaireVersionException(version, engines.keySet()));
    }

    /**
     * How answers of {@code fromVersion} move to {@code toVersion}: the migration that
     * {@code toVersion} declares from it. Empty when it declares none.
     */
    public Optional<VersionMove> move(String fromVersion, String toVersion) {
        VersionMove move = movesFrom.get(fromVersion);
        return move != null && move.toVersion().equals(toVersion) ? Optional.of(move) : Optional.empty();
    }

    private static <T> T read(ObjectMapper mapper, String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Questionnaire resource " + resource + " is not on the class path");
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Questionnaire resource " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The catalog file: the definitions to publish, by class-path resource, and the current version. */
    @RegisterForReflection
    record CatalogFile(String current, List<String> definitions) {}
}
