package io.airisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production JVM options are kept in one argument file, which the first command of the
 * README, the packaged-service tests and the benchmarks use; docs/configuration.md also lists them,
 * for a reader, and must list the same.
 */
class ProductionOptionsTest {

    private static final String MARKER = "<!-- production-options";

    @Test
    void shouldListOnTheConfigurationPageTheOptionsOfTheArgumentFile() throws IOException {
        List<String> file = Files.readAllLines(Path.of("src", "main", "jvm", "production.options")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        List<String> page = Files.readAllLines(Path.of("docs", "configuration.md"));
        int marker = -1;
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i).startsWith(MARKER)) {
                marker = i;
            }
        }
        assertThat(marker)
                .as("docs/configuration.md marks its production options")
                .isNotNegative();
        StringBuilder command = new StringBuilder();
        for (int i = marker + 2; !page.get(i).equals("```"); i++) {
            command.append(page.get(i).replace("\\", " ")).append(' ');
        }
        List<String> documented = Arrays.stream(command.toString().trim().split("\\s+"))
                .filter(word -> word.startsWith("-X"))
                .toList();

        assertThat(documented).containsExactlyElementsOf(file);
        assertThat(file).contains("-Xmx64m", "-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void shouldRunTheReadmesFirstCommandWithTheArgumentFile() throws IOException {
        String firstCommand = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("./mvnw"))
                .findFirst()
                .orElseThrow();

        assertThat(firstCommand).contains("java @src/main/jvm/production.options -jar");
    }
}
