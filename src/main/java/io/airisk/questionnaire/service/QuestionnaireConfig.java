package io.airisk.questionnaire.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the published questionnaire definitions are. */
@ConfigMapping(prefix = "airisk.questionnaire")
public interface QuestionnaireConfig {

    /**
     * {@code airisk.questionnaire.catalog}: the class-path resource that lists the published
     * definitions and names the current one.
     */
    @WithDefault("questionnaires/catalog.json")
    String catalog();
}
