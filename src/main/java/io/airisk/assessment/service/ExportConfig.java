package io.airisk.assessment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the assessments' export reads the database and shares the service. */
@ConfigMapping(prefix = "airisk.export")
public interface ExportConfig {

    /**
     * {@code airisk.export.concurrency} ({@code AIRISK_EXPORT_CONCURRENCY}): exports running at once
     * on an instance; one more is answered 503 with {@code Retry-After}. Each holds one page of rows.
     */
    @WithDefault("2")
    int concurrency();

    /**
     * {@code airisk.export.page-size}: rows read from the database at a time, each page in a
     * transaction of its own. A stored assessment is about 10 KB: a page of 50 is about 0.5 MB of heap.
     */
    @WithDefault("50")
    int pageSize();
}
