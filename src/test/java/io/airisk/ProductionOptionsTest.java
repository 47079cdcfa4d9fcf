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
 * README, the packaged-service tests and the benchmarks use; the README also lists them, for a
 * reader, and must list the same.
 */
class ProductionOptionsTest {

    private static final String MARKER = "<!-- production-options";

    @Test
    void shouldListInTheReadmeTheOptionsOfTheArgumentFile() throws IOException {
        List<String> file = Files.readAllLines(Path.of("src", "main", "jvm", "production.options")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int marker = -1;
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).startsWith(MARKER)) {
                marker = i;
            }
        }
        assertThat(marker).as("the README marks its production options").isNotNegative();
        StringBuilder command = new StringBuilder();
        for (int i = marker + 2; !readme.get(i).equals("```"); i++) {
            command.append(readme.get(i).replace("\\", " ")).append(' ');
        }
        List<String> documented = Arrays.stream(command.toString().trim().split("\\s+"))
                .filter(word -> word.startsWith("-X"))
                .toList();

        assertThat(documented).containsExactlyElementsOf(file);
        assertThat(file).contains("-Xmx64m", "-XX:+ExitOnOutOfMemoryError");
    }
}
