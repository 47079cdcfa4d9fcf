package io.airisk.questionnaire.service;

import java.util.Collection;

/** No questionnaire version of that name is published. */
public final class UnknownQuestionnaireVersionException extends RuntimeException {

    public UnknownQuestionnaireVersionException(String version, Collection<String> published) {
        super(
                "Questionnaire version '" + version + "' is not published; published versions: " + published,
                null,
                false,
                false);
    }
}
