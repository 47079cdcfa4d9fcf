package io.airisk.common;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** HostileInputTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {}
