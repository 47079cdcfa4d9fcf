package io.airisk.report.service;

/** The instance already renders as many PDFs as it may at once: the client should retry shortly. */
public class PdfRenderersBusyException extends RuntimeException {

    public PdfRenderersBusyException(int concurrency) {
        super("This instance already renders " + concurrency + " PDF" + (concurrency == 1 ? "" : "s")
                + " at once, as many as it may; retry shortly");
    }
}
