package io.airisk.scoring.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** ScoreResourceTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class ScoreResourceIT extends ScoreResourceTest {}
