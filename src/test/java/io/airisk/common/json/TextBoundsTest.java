package io.airisk.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.airisk.common.text.Text;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's bound on strings stays above the longest text any request may hold: a name of
 * {@code max} characters may take twice as many UTF-16 units, which is what the parser counts.
 */
class TextBoundsTest {

    @Test
    void shouldLetThroughEveryTextTheApiAccepts() {
        List<String> fields = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.airisk")) {
            if (!type.reflect().isRecord()) {
                continue;
            }
            for (RecordComponent component : type.reflect().getRecordComponents()) {
                Text text = component.getAnnotation(Text.class);
                if (text == null) {
                    text = component.getAccessor().getAnnotatedReturnType().getAnnotation(Text.class);
                }
                if (text != null) {
                    fields.add(type.getSimpleName() + "." + component.getName());
                    assertThat(2 * text.max())
                            .as("%s.%s", type.getSimpleName(), component.getName())
                            .isLessThanOrEqualTo(StrictJson.MAX_STRING_LENGTH);
                }
            }
        }
        assertThat(fields).contains("Organization.name", "CreateKeyRequest.name");
    }
}
