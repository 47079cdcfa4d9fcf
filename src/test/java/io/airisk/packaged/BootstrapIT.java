package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.airisk.TestKeys;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first start on an empty database without AIRISK_BOOTSTRAP_ADMIN_KEY: an ADMIN key is
 * generated and logged, once; it works, survives a restart, and is not logged again.
 */
class BootstrapIT {

    private static final Pattern LOGGED_KEY =
            Pattern.compile("ADMIN key, which may also create tenants, is (ark_\\S+)");

    @Test
    void shouldGenerateAndLogTheFirstAdminKeyOnce() throws Exception {
        assumeFalse(PackagedService.builtForPostgresql(), "needs an empty database of its own");
        try (PackagedService service = PackagedService.start(
                PackagedService.newDataDir("bootstrap"), "-Dairisk.access.bootstrap-admin-key=")) {
            Matcher logged = LOGGED_KEY.matcher(service.log());
            assertThat(logged.find()).as("the generated key is logged").isTrue();
            String key = logged.group(1);
            assertThat(key).hasSize(36);
            assertThat(service.as(key).send("GET", "/api/v1/tenant", null).statusCode())
                    .isEqualTo(200);
            assertThat(service.as(TestKeys.ADMIN)
                            .send("GET", "/api/v1/tenant", null)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(service.as(key)
                            .send("POST", "/api/v1/tenants", "{\"name\": \"Client\"}")
                            .statusCode())
                    .isEqualTo(201);

            service.terminate(Duration.ofSeconds(30));
            service.restart();
            assertThat(service.as(key).send("GET", "/api/v1/tenant", null).statusCode())
                    .isEqualTo(200);
            Matcher again = LOGGED_KEY.matcher(service.log());
            assertThat(again.find()).isTrue();
            assertThat(again.find()).as("logged once, not at the restart").isFalse();
            assertThat(service.log().split(Pattern.quote(key), -1))
                    .as("the key appears once in the log")
                    .hasSize(2);
        }
    }
}
