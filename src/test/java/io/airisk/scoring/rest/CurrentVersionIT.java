package io.airisk.scoring.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** CurrentVersionTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class CurrentVersionIT extends CurrentVersionTest {}
