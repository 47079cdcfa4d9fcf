package io.airisk.assessment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** BadInputTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {}
