package io.airisk.common.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where and how the embedded H2 database keeps its data. */
@ConfigMapping(prefix = "airisk")
public interface StorageConfig {

    /**
     * {@code airisk.data-dir} ({@code AIRISK_DATA_DIR}): the folder of the embedded H2 database
     * file, {@code airisk.mv.db}.
     */
    @WithDefault("./data")
    String dataDir();

    /** Settings of the embedded H2 database. */
    H2 h2();

    interface H2 {

        /**
         * {@code airisk.h2.group-commit-window}: while writers overlap, how long a write of the
         * file waits for more of them to share it; a lone writer never waits.
         */
        @WithDefault("5ms")
        Duration groupCommitWindow();
    }
}
