package io.airisk.report.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the report's PDF shares the service. */
@ConfigMapping(prefix = "airisk.report.pdf")
public interface PdfConfig {

    /**
     * {@code airisk.report.pdf.concurrency} ({@code AIRISK_REPORT_PDF_CONCURRENCY}): PDFs rendered at
     * once on an instance; one more is answered 503 with {@code Retry-After}. Each holds the
     * report's document, its layout and the PDF being written, about 8 MB of heap at its peak
     * (docs/configuration.md, Memory).
     */
    @WithDefault("1")
    int concurrency();
}
