package io.airisk.report.service;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's log, through the service's (JSON lines with the trace id) instead of a console
 * handler of its own. What its CSS parser says of the properties it does not read (those the
 * template writes for browsers only, such as break-inside) is noise there: debug.
 */
final class PdfLog implements XRLogger {

    private static final String CSS_PARSE = "com.openhtmltopdf.css-parse";

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(level(where, level), message, error);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabled(level(diagnostic.getLogMessageId().getWhere(), diagnostic.getLevel()));
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The service's configuration sets the levels (quarkus.log.category).
    }

    private static Logger.Level level(String where, Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return CSS_PARSE.equals(where) ? Logger.Level.DEBUG : Logger.Level.WARN;
        }
        return level.intValue() >= Level.INFO.intValue() ? Logger.Level.DEBUG : Logger.Level.TRACE;
    }
}
