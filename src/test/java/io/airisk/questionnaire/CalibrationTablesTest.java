package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published calibration is what v3 computes: the README's table of reference organisations, and
 * the methodology's table of every parameter with its source and sensitivity. After a change of
 * method, {@link Calibration#main} prints both tables to paste between their markers.
 */
class CalibrationTablesTest {

    @Test
    void shouldPublishTheReferenceOrganisationsAsV3ScoresThem() throws IOException {
        assertThat(between(Path.of("README.md"), "calibration:organisations"))
                .isEqualTo(Calibration.organisationsTable());
    }

    @Test
    void shouldGiveEveryParameterASourceAndItsSensitivity() throws IOException {
        assertThat(between(Path.of("docs", "methodology-parameters.md"), "calibration:parameters"))
                .isEqualTo(Calibration.parameterTable());
    }

    private static String between(Path document, String marker) throws IOException {
        String text = Files.readString(document);
        String start = "<!-- " + marker + " -->\n";
        String end = "<!-- /" + marker + " -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as(document + " marks " + marker).isNotNegative();
        assertThat(to).as(document + " ends " + marker).isGreaterThan(from);
        return text.substring(from + start.length(), to);
    }
}
