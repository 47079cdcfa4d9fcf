package io.airisk.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airisk.Api;
import io.airisk.Concurrently;
import io.airisk.TestKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one PostgreSQL database, as behind a Kubernetes
 * Service: creates (retried on the other instance with the same Idempotency-Key), answers
 * patched question by question through both at once, and submits raced through both. Afterwards
 * every assessment must exist once, hold exactly its own answers, and be submitted once.
 */
class TwoInstancesIT {

    private static final int ASSESSMENTS = 40;
    /** Requests in flight at once, across both instances. */
    private static final int THREADS = 16;

    /**
     * A key revoked through one instance is refused at once there, and by the other as soon as its
     * memory of the key has expired (the credential cache; CredentialCacheTest shows its length on
     * the injected clock).
     */
    @Test
    void shouldRefuseARevokedKeyOnEveryInstance() throws Exception {
        assumeTrue(PackagedService.builtForPostgresql(), "needs the package built for PostgreSQL");
        try (PackagedService a = PackagedService.start(PackagedService.newDataDir("revoke-a"));
                PackagedService b = PackagedService.start(PackagedService.newDataDir("revoke-b"))) {
            JsonNode key = a.as(TestKeys.ADMIN)
                    .expect(201, "POST", "/api/v1/keys", "{\"name\": \"Revoked soon\", \"role\": \"VIEWER\"}");
            String secret = key.path("key").asText();
            // Both instances have verified, and remember, the key.
            for (int i = 0; i < 20; i++) {
                assertThat(tenantStatus(a, secret)).isEqualTo(200);
                assertThat(tenantStatus(b, secret)).isEqualTo(200);
            }
            a.as(TestKeys.ADMIN)
                    .expect(204, "DELETE", "/api/v1/keys/" + key.path("id").asText(), null);
            assertThat(tenantStatus(a, secret)).isEqualTo(401);
            int status = 200;
            for (int attempt = 0; attempt < 20_000 && status == 200; attempt++) {
                status = tenantStatus(b, secret);
            }
            assertThat(status).as("the other instance refuses the revoked key").isEqualTo(401);
            assertThat(tenantStatus(b, secret)).isEqualTo(401);
        }
    }

    @Test
    void shouldLoseDuplicateOrMixUpNothingAcrossTwoInstances() throws Exception {
        assumeTrue(PackagedService.builtForPostgresql(), "needs the package built for PostgreSQL");
        Map<String, JsonNode> base = answersOf(PackagedService.JSON.readTree(
                Path.of("examples", "v1-worked-example-answers.json").toFile()));
        String organization = "Two instances " + UUID.randomUUID();
        try (PackagedService a = PackagedService.start(PackagedService.newDataDir("two-a"));
                PackagedService b = PackagedService.start(PackagedService.newDataDir("two-b"))) {
            PackagedService[] instances = {a, b};

            // 1. Create through one instance, retry through the other with the same key.
            List<Callable<String[]>> creates = new ArrayList<>();
            for (int i = 0; i < ASSESSMENTS; i++) {
                int n = i;
                creates.add(() -> {
                    String key = UUID.randomUUID().toString();
                    String body = "{\"organization\": {\"name\": \"" + organization
                            + "\"}, \"questionnaireVersion\": \"v1\"}";
                    Api first = instances[n % 2].as(TestKeys.ADMIN);
                    Api retry = instances[(n + 1) % 2].as(TestKeys.ADMIN);
                    return new String[] {
                        Api.json(first.createWithKey(key, body).extract().response())
                                .path("id")
                                .asText(),
                        Api.json(retry.createWithKey(key, body).extract().response())
                                .path("id")
                                .asText()
                    };
                });
            }
            List<String> ids = new ArrayList<>();
            int idempotentRetries = 0;
            for (String[] pair : Concurrently.run(THREADS, creates)) {
                ids.add(pair[0]);
                idempotentRetries += pair[0].equals(pair[1]) ? 1 : 0;
            }

            // 2. Every answer its own PATCH, alternating instances, all at once.
            List<Callable<Integer>> patches = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                Map<String, JsonNode> answers = answersFor(base, i);
                int q = 0;
                for (Map.Entry<String, JsonNode> answer : answers.entrySet()) {
                    Api instance = instances[q++ % 2].as(TestKeys.ADMIN);
                    String body = "{\"" + answer.getKey() + "\": " + answer.getValue() + "}";
                    patches.add(() -> instance.patch(id, body).extract().statusCode());
                }
            }
            List<Integer> patchStatuses = Concurrently.run(THREADS, patches);

            // 3. Submit each assessment through both instances at once.
            List<Callable<Integer>> submits = new ArrayList<>();
            for (String id : ids) {
                for (PackagedService instance : instances) {
                    submits.add(() ->
                            instance.as(TestKeys.ADMIN).submit(id).extract().statusCode());
                }
            }
            List<Integer> submitStatuses = Concurrently.run(THREADS, submits);

            // 4. Count and compare, reading through the other instance.
            long total = b.as(TestKeys.ADMIN).count(organization);
            int intact = 0;
            int submittedOnce = 0;
            for (int i = 0; i < ids.size(); i++) {
                JsonNode assessment =
                        Api.json(a.as(TestKeys.ADMIN).get(ids.get(i)).extract().response());
                if (answersOf(assessment.path("answers")).equals(answersFor(base, i))) {
                    intact++;
                }
                if (assessment.path("status").asText().equals("SUBMITTED")
                        && submitStatuses.get(2 * i) + submitStatuses.get(2 * i + 1) == 200 + 409) {
                    submittedOnce++;
                }
            }
            System.out.printf(
                    "VERDICT two instances on PostgreSQL: %d assessments expected, %d found; %d of %d retries"
                            + " replayed; %d of %d PATCHes acknowledged; answers intact %d of %d; submitted"
                            + " exactly once %d of %d%n",
                    ASSESSMENTS,
                    total,
                    idempotentRetries,
                    ASSESSMENTS,
                    patchStatuses.stream().filter(s -> s == 200).count(),
                    patchStatuses.size(),
                    intact,
                    ASSESSMENTS,
                    submittedOnce,
                    ASSESSMENTS);
            assertThat(total).isEqualTo(ASSESSMENTS);
            assertThat(idempotentRetries).isEqualTo(ASSESSMENTS);
            assertThat(patchStatuses).containsOnly(200);
            assertThat(intact).isEqualTo(ASSESSMENTS);
            assertThat(submittedOnce).isEqualTo(ASSESSMENTS);
        }
    }

    /** The status of a read of the tenant with that key, on that instance. */
    private static int tenantStatus(PackagedService instance, String key) {
        return instance.as(key).send("GET", "/api/v1/tenant", null).statusCode();
    }

    /** The base answers, made unique to assessment i so that a mix-up would show. */
    private static Map<String, JsonNode> answersFor(Map<String, JsonNode> base, int i) {
        Map<String, JsonNode> answers = new TreeMap<>(base);
        answers.put("llm.process_share", PackagedService.JSON.getNodeFactory().numberNode(i));
        answers.put(
                "infra.commitment_years", PackagedService.JSON.getNodeFactory().numberNode(i % 11));
        return answers;
    }

    private static Map<String, JsonNode> answersOf(JsonNode object) {
        Map<String, JsonNode> answers = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) object).fields();
        fields.forEachRemaining(field -> answers.put(field.getKey(), field.getValue()));
        return answers;
    }
}
