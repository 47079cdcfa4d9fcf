package io.airisk.questionnaire.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** QuestionnaireResourceTest, against the packaged service run with the production JVM options. */
@QuarkusIntegrationTest
class QuestionnaireResourceIT extends QuestionnaireResourceTest {}
