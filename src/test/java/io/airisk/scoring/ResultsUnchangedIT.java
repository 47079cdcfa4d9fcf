package io.airisk.scoring;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** ResultsUnchangedTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class ResultsUnchangedIT extends ResultsUnchangedTest {}
