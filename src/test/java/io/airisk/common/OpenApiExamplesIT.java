package io.airisk.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** OpenApiExamplesTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class OpenApiExamplesIT extends OpenApiExamplesTest {}
