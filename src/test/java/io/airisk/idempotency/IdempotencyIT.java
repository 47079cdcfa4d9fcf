package io.airisk.idempotency;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** IdempotencyTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class IdempotencyIT extends IdempotencyTest {}
