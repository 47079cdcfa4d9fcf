package io.airisk.assessment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** ConcurrencyTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class ConcurrencyIT extends ConcurrencyTest {}
