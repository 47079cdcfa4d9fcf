package io.airisk.assessment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** AssessmentResourceTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class AssessmentResourceIT extends AssessmentResourceTest {}
