package io.airisk.questionnaire.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.common.json.StrictJson;
import io.airisk.engine.Migration;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.QuestionnaireTranslation;
import io.airisk.engine.ScoringEngine;
import io.airisk.engine.VersionMove;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

    /** The language the definitions themselves are written in. */
    public static final String ORIGINAL_LANGUAGE = "en";

    private final Map<String, ScoringEngine> engines;
    /** Each version that declares a migration, keyed by the version it migrates from. */
    private final Map<String, VersionMove> movesFrom;

    private final ScoringEngine current;
    private final List<QuestionnaireSummary> summaries;
    /** The languages questionnaires are asked in, the definitions' own first. */
    private final List<String> languages;
    /** Each version's definition in each language it has been translated into, by version then language. */
    private final Map<String, Map<String, Questionnaire>> translated;

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
        this.languages = catalog.languages() == null || catalog.languages().isEmpty()
                ? List.of(ORIGINAL_LANGUAGE)
                : List.copyOf(catalog.languages());
        this.translated = translations(mapper, catalog, loaded, languages);
        this.summaries = loaded.values().stream()
                .map(ScoringEngine::questionnaire)
                .map(q -> new QuestionnaireSummary(
                        q.version(), q.title(), q.version().equals(catalog.current()), languages(q.version())))
                .toList();
        LOG.infof(
                "Questionnaire versions %s published in %s; current is %s (loaded and checked in %d ms)",
                loaded.keySet(), languages, catalog.current(), (System.nanoTime() - started) / 1_000_000);
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

    /** The languages questionnaires are asked in, the definitions' own ({@value #ORIGINAL_LANGUAGE}) first. */
    public List<String> languages() {
        return languages;
    }

    /** The languages {@code version} can be read in: its own, then those it has been translated into. */
    public List<String> languages(String version) {
        List<String> of = new ArrayList<>(List.of(ORIGINAL_LANGUAGE));
        of.addAll(translated.getOrDefault(version, Map.of()).keySet());
        return List.copyOf(of);
    }

    /**
     * {@code engine}'s definition with its texts in {@code language}, or in English where that
     * version has not been translated into it (older versions). Only texts differ: every id,
     * weight and rule is the engine's own.
     */
    public Questionnaire questionnaire(ScoringEngine engine, String language) {
        Questionnaire in = translated
                .getOrDefault(engine.questionnaire().version(), Map.of())
                .get(language);
        return in == null ? engine.questionnaire() : in;
    }

    /** The language {@link #questionnaire(ScoringEngine, String)} gives {@code engine}'s texts in. */
    public String language(ScoringEngine engine, String language) {
        return translated
                        .getOrDefault(engine.questionnaire().version(), Map.of())
                        .containsKey(language)
                ? language
                : ORIGINAL_LANGUAGE;
    }

    /**
     * Reads and checks each translation the catalog lists: of a published version, into a listed
     * language, complete (every text of its definition, nothing more). The current version must
     * have every listed language.
     */
    private static Map<String, Map<String, Questionnaire>> translations(
            ObjectMapper mapper, CatalogFile catalog, Map<String, ScoringEngine> engines, List<String> languages) {
        Map<String, Map<String, Questionnaire>> translated = new LinkedHashMap<>();
        List<String> resources = catalog.translations() == null ? List.of() : catalog.translations();
        for (String resource : resources) {
            QuestionnaireTranslation translation = read(mapper, resource, QuestionnaireTranslation.class);
            ScoringEngine engine = engines.get(translation.version());
            if (engine == null) {
                throw new IllegalStateException(
                        resource + ": translates version '" + translation.version() + "', which is not published");
            }
            if (!languages.contains(translation.language()) || ORIGINAL_LANGUAGE.equals(translation.language())) {
                throw new IllegalStateException(resource + ": language '" + translation.language()
                        + "' is not one the catalog translates into (" + languages.subList(1, languages.size()) + ")");
            }
            List<String> problems = translation.problems(engine.questionnaire());
            if (!problems.isEmpty()) {
                throw new IllegalStateException(resource + " is incomplete: " + String.join("; ", problems));
            }
            Map<String, Questionnaire> ofVersion =
                    translated.computeIfAbsent(translation.version(), v -> new LinkedHashMap<>());
            if (ofVersion.put(translation.language(), translation.applyTo(engine.questionnaire())) != null) {
                throw new IllegalStateException(resource + ": " + translation.version() + " is translated into '"
                        + translation.language() + "' twice");
            }
        }
        Map<String, Questionnaire> ofCurrent = translated.getOrDefault(catalog.current(), Map.of());
        for (String language : languages.subList(1, languages.size())) {
            if (!ofCurrent.containsKey(language)) {
                throw new IllegalStateException("Questionnaire catalog: the current version " + catalog.current()
                        + " has no translation into '" + language + "'");
            }
        }
        translated.replaceAll((version, byLanguage) -> Collections.unmodifiableMap(byLanguage));
        return Collections.unmodifiableMap(translated);
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

    /**
     * The catalog file: the definitions to publish, by class-path resource, the current version,
     * the languages questionnaires are asked in (the definitions' own, English, first) and the
     * translations of definitions into the others, by class-path resource.
     */
    @RegisterForReflection
    record CatalogFile(String current, List<String> definitions, List<String> languages, List<String> translations) {}
}
