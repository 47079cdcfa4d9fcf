package io.airisk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The container images' essentials, read from their Dockerfiles (no Docker engine runs here):
 * base images pinned by version, a build from source in a stage of its own, a final stage that
 * runs as a user without privileges, exposes the service's port and starts the right artifact.
 */
class DockerfilesTest {

    /** One instruction: its keyword and arguments, continuation lines joined. */
    record Instruction(String keyword, String arguments) {}

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro"})
    void shouldBuildFromSourceAndRunUnprivilegedOnPinnedBases(String name) throws IOException {
        List<Instruction> instructions = parse(Path.of("docker", name));
        List<Instruction> froms =
                instructions.stream().filter(i -> i.keyword().equals("FROM")).toList();
        assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
        for (Instruction from : froms) {
            String image = from.arguments().split("\\s+")[0];
            assertThat(image).as("pinned").matches(".+:[0-9][\\w.\\-]*").doesNotEndWith(":latest");
        }
        assertThat(instructions)
                .as("the build stage packages from source")
                .anyMatch(i -> i.keyword().equals("RUN")
                        && i.arguments().contains("./mvnw")
                        && i.arguments().contains("package"));

        List<Instruction> last =
                instructions.subList(instructions.lastIndexOf(froms.get(froms.size() - 1)), instructions.size());
        String user = last.stream()
                .filter(i -> i.keyword().equals("USER"))
                .reduce((first, second) -> second)
                .orElseThrow()
                .arguments();
        assertThat(user).as("final user").isNotIn("root", "0").doesNotStartWith("0:");
        assertThat(last)
                .as("only the runtime: no build in the final stage")
                .noneMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("mvnw"));
        assertThat(last)
                .filteredOn(i -> i.keyword().equals("EXPOSE"))
                .extracting(Instruction::arguments)
                .containsExactly(httpPort());
        String entrypoint = last.stream()
                .filter(i -> i.keyword().equals("ENTRYPOINT"))
                .findFirst()
                .orElseThrow()
                .arguments();
        if (name.equals("Dockerfile.jvm")) {
            assertThat(entrypoint).contains("quarkus-run.jar").contains("@/deployments/production.options");
            assertThat(last)
                    .anyMatch(i -> i.keyword().equals("COPY") && i.arguments().contains("production.options"));
            assertThat(Files.readString(Path.of("src", "main", "jvm", "production.options")))
                    .contains("-XX:+ExitOnOutOfMemoryError");
        } else {
            assertThat(entrypoint).contains("/work/application");
            assertThat(instructions)
                    .anyMatch(i -> i.keyword().equals("RUN")
                            && i.arguments().contains("-Dnative")
                            && i.arguments().contains("-Dquarkus.profile=postgresql"));
            assertThat(last)
                    .anyMatch(i -> i.keyword().equals("COPY") && i.arguments().contains("-runner"));
        }
    }

    @Test
    void shouldSendOnlyTheSourcesToTheBuild() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(lines.get(0)).isEqualTo("*");
        assertThat(lines.subList(1, lines.size()))
                .allMatch(line -> line.startsWith("!"))
                .contains("!mvnw", "!.mvn/", "!pom.xml", "!src/main/");
    }

    private static String httpPort() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.http.port");
    }

    private static List<Instruction> parse(Path file) throws IOException {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            current.append(trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) + " " : trimmed);
            if (!trimmed.endsWith("\\")) {
                String text = current.toString().strip();
                int space = text.indexOf(' ');
                instructions.add(new Instruction(
                        text.substring(0, space).toUpperCase(),
                        text.substring(space + 1).strip()));
                current.setLength(0);
            }
        }
        return instructions;
    }
}
