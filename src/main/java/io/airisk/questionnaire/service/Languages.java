package io.airisk.questionnaire.service;

import io.airisk.common.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * Which language a questionnaire, the widget or a report is read in: {@code ?lang=} when the
 * caller names one (400 when it is not offered), else the first offered language of the request's
 * {@code Accept-Language} by quality ({@code de-CH} finds {@code de}), else English. The language
 * changes words and number formats only, never a score.
 */
@ApplicationScoped
public class Languages {

    /** The query parameter that names a language. */
    public static final String PARAMETER = "lang";

    private final List<String> offered;

    public Languages(QuestionnaireCatalog catalog) {
        this.offered = catalog.languages();
    }

    /** The languages offered, English first. */
    public List<String> offered() {
        return offered;
    }

    /**
     * @param lang the {@code lang} query parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     */
    public String choose(String lang, String acceptLanguage) {
        if (lang != null) {
            String wanted = lang.toLowerCase(Locale.ROOT);
            if (!offered.contains(wanted)) {
                throw new InvalidInputException(PARAMETER, "is one of " + String.join(", ", offered));
            }
            return wanted;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return offered.get(0);
        }
        try {
            String found = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), offered);
            return found == null ? offered.get(0) : found;
        } catch (IllegalArgumentException unreadable) {
            // A header that does not parse asks for nothing the service can honour.
            return offered.get(0);
        }
    }
}
