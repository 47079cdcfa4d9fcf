package io.airisk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring engine stays plain Java, so that it can be tested and benchmarked on its own. */
class EngineIsolationTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.airisk");

    @Test
    void engineShouldUseNoFrameworkOrLibrary() {
        noClasses()
                .that()
                .resideInAPackage("io.airisk.scoring.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "javax..",
                        "io.quarkus..",
                        "io.smallrye..",
                        "io.vertx..",
                        "com.fasterxml..",
                        "org.hibernate..",
                        "org.eclipse..",
                        "org.jboss..")
                .check(MAIN);
    }

    @Test
    void engineShouldNotDependOnTheRestOfTheService() {
        noClasses()
                .that()
                .resideInAPackage("io.airisk.scoring.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.airisk.assessment..",
                        "io.airisk.questionnaire..",
                        "io.airisk.common..",
                        "io.airisk.scoring.rest..")
                .check(MAIN);
    }

    @Test
    void entitiesShouldNotLeaveThePersistenceLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.airisk.assessment.repository..", "io.airisk.assessment.service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.airisk.assessment.repository..")
                .check(MAIN);
    }
}
