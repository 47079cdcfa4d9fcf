package io.airisk.webhook.rest;

/** OpenAPI examples of the webhook endpoints. */
final class Examples {

    private Examples() {}

    static final String WEBHOOK = """
            {"url": "https://hooks.example.com/airisk", "events": ["assessment.submitted"]}
            """;
}
