package io.airisk.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.airisk.Api;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * The layering the code relies on: a plain-Java engine, layers that depend downwards, scoring that
 * stores nothing; and tests that send their requests one way.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.airisk");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("io.airisk");

    @Test
    void engineShouldUseNoFrameworkOrLibrary() {
        noClasses()
                .that()
                .resideInAPackage("io.airisk.engine..")
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
                .resideInAPackage("io.airisk.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.airisk.access..",
                        "io.airisk.assessment..",
                        "io.airisk.common..",
                        "io.airisk.idempotency..",
                        "io.airisk.questionnaire..",
                        "io.airisk.report..",
                        "io.airisk.scoring..")
                .check(MAIN);
    }

    /** No two features depend on each other, so that each can be read, and changed, from the bottom up. */
    @Test
    void featuresShouldBeFreeOfCycles() {
        slices().matching("io.airisk.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Nor do any two packages, at whatever depth: a feature's layers, or common's parts. */
    @Test
    void packagesShouldBeFreeOfCycles() {
        slices().matching("io.airisk.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** What-if scoring stores nothing: it cannot reach storage at all. */
    @Test
    void scoringShouldNotReachStorage() {
        noClasses()
                .that()
                .resideInAPackage("io.airisk.scoring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.airisk.assessment..",
                        "io.airisk.idempotency..",
                        "io.airisk.common.storage..",
                        "jakarta.persistence..",
                        "jakarta.transaction..",
                        "org.hibernate..",
                        "io.agroal..",
                        "java.sql..")
                .check(MAIN);
    }

    /** The repository does not depend on the service built on it. */
    @Test
    void layersShouldNotDependOnTheLayersAboveThem() {
        noClasses()
                .that()
                .resideInAPackage("..repository..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..service..", "..rest..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("..service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..rest..")
                .check(MAIN);
    }

    /** Keys, tokens and tenants as stored never reach the HTTP layer, nor another feature. */
    @Test
    void accessEntitiesShouldNotLeaveTheAccessService() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.airisk.access.repository..", "io.airisk.access.service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.airisk.access.repository..")
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

    /**
     * A test sends requests through {@link Api}, which sends the credential the test names and no
     * other: not through REST Assured's own entry points, nor another HTTP client.
     */
    @Test
    void testsShouldSendRequestsThroughTheOneHelper() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(Api.class)
                .should()
                .callMethodWhere(target(owner(type(RestAssured.class))))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("java.net.http..")
                .check(TESTS);
    }
}
