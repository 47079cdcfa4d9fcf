package io.airisk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the native build's augmentation generated (target/native-sources), which the Mandrel
 * builder stage of docker/Dockerfile.native turns into an executable. No GraalVM runs here, so CI
 * builds these sources alone ({@code -Dnative -Dquarkus.native.sources-only=true}, PostgreSQL)
 * and this test reads them: the questionnaires, the report templates and the widget are in the
 * image and registered as resources, so are the font, stylesheet and character maps the report's
 * PDF reads, AWT is set up for its layout, and
 * every class that Jackson reads or writes by reflection is registered for it.
 */
@EnabledIfSystemProperty(named = "quarkus.native.sources-only", matches = "true")
class NativeSourcesIT {

    private static final Path SOURCES = Path.of("target", "native-sources");
    private static final Path QUESTIONNAIRES = Path.of("src", "main", "resources", "questionnaires");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JarFile runner;
    private static Set<String> reflective;
    private static List<Pattern> resources;

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            Path jar = files.filter(file -> file.getFileName().toString().endsWith("-runner.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no runner jar in " + SOURCES));
            runner = new JarFile(jar.toFile());
        }
        reflective = new HashSet<>();
        for (JsonNode entry : config("reflect-config.json")) {
            reflective.add(entry.path("name").asText());
        }
        resources = new ArrayList<>();
        for (JsonNode include : config("resource-config.json").at("/resources/includes")) {
            resources.add(Pattern.compile(include.path("pattern").asText()));
        }
    }

    @Test
    void shouldBuildOneExecutableWithoutFallback() throws IOException {
        String arguments = Files.readString(SOURCES.resolve("native-image.args"));
        assertThat(arguments)
                .contains("--no-fallback")
                .contains(runner.getName().replaceAll(".*/", ""));
    }

    @Test
    void shouldHoldEveryQuestionnaireAsARegisteredResource() throws IOException {
        List<Path> definitions;
        try (Stream<Path> files = Files.walk(QUESTIONNAIRES)) {
            definitions = files.filter(Files::isRegularFile).toList();
        }
        assertThat(definitions)
                .extracting(file -> QUESTIONNAIRES.relativize(file).toString())
                .contains("catalog.json", "v2.json", "translations/v3.de.json");
        for (Path definition : definitions) {
            String name = "questionnaires/"
                    + QUESTIONNAIRES.relativize(definition).toString().replace('\\', '/');
            var entry = runner.getJarEntry(name);
            assertThat(entry).as(name + " in the image").isNotNull();
            try (var in = runner.getInputStream(entry)) {
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(definition));
            }
            assertThat(resources)
                    .as(name + " registered as a resource")
                    .anyMatch(pattern -> pattern.matcher(name).matches());
        }
    }

    @Test
    void shouldHoldTheReportTemplatesAndTheWidgetAsRegisteredResources() {
        for (String name : List.of(
                "templates/reports/report.html",
                "templates/reports/radar.svg",
                "templates/reports/badge.svg",
                "META-INF/resources/index.html",
                "META-INF/resources/embed/ai-risk.js",
                "META-INF/resources/embed/demo.js")) {
            assertThat(runner.getJarEntry(name)).as(name + " in the image").isNotNull();
            assertThat(resources)
                    .as(name + " registered as a resource")
                    .anyMatch(pattern -> pattern.matcher(name).matches());
        }
    }

    @Test
    void shouldHoldWhatTheReportsPdfReadsAsRegisteredResources() throws IOException {
        for (String name : List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")) {
            assertThat(runner.getJarEntry(name)).as(name + " in the image").isNotNull();
        }
        for (String name : List.of(
                "fonts/DejaVuSans.ttf",
                "fonts/DejaVuSans-Bold.ttf",
                "resources/css/XhtmlNamespaceHandler.css",
                "org/apache/pdfbox/resources/glyphlist/glyphlist.txt",
                "org/apache/fontbox/cmap/Identity-H")) {
            assertThat(resources)
                    .as(name + " registered as a resource")
                    .anyMatch(pattern -> pattern.matcher(name).matches());
        }
        assertThat(Files.readString(SOURCES.resolve("native-image.args")))
                .as("AWT, which the PDF's layout uses, set up by quarkus-awt, headless")
                .contains("io.quarkus.awt.runtime.graal.AwtFeature", "-Djava.awt.headless=true");
    }

    @Test
    void shouldRegisterWhatJacksonReadsAndWritesByReflection() throws ClassNotFoundException {
        RegisterForReflection engine =
                Class.forName("io.airisk.scoring.EngineReflection").getAnnotation(RegisterForReflection.class);
        assertThat(engine.targets()).hasSizeGreaterThan(10);
        for (Class<?> target : engine.targets()) {
            assertThat(reflective).as("the engine's " + target.getName()).contains(target.getName());
        }
        assertThat(reflective)
                .contains(
                        "io.airisk.common.error.Problem",
                        "io.airisk.common.error.FieldError",
                        "io.airisk.questionnaire.service.QuestionnaireCatalog$CatalogFile",
                        "io.airisk.assessment.service.AssessmentView",
                        "io.airisk.assessment.service.CreateAssessmentRequest",
                        "io.airisk.access.service.CreatedApiKey")
                .as("the PostgreSQL driver of the native (PostgreSQL) build")
                .contains("org.postgresql.Driver");
    }

    private static JsonNode config(String name) throws IOException {
        var entry = runner.getJarEntry("META-INF/native-image/" + name);
        assertThat(entry).as(name).isNotNull();
        try (var in = runner.getInputStream(entry)) {
            return JSON.readTree(in);
        }
    }
}
