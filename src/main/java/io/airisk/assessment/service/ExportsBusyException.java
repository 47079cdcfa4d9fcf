package io.airisk.assessment.service;

/** As many exports as the instance runs at once are running; retry shortly. */
public class ExportsBusyException extends RuntimeException {

    public ExportsBusyException(int running) {
        super(
                "This instance is already running " + running + " exports, as many as it runs at once; retry shortly",
                null,
                false,
                false);
    }
}
