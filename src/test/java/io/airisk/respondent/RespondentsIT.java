package io.airisk.respondent;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** RespondentsTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class RespondentsIT extends RespondentsTest {}
