package io.airisk.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** OpenApiTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {}
