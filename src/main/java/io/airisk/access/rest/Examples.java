package io.airisk.access.rest;

/** OpenAPI examples of the tenant and key endpoints. */
final class Examples {

    private Examples() {}

    static final String KEY = """
            {"name": "Board report automation", "role": "VIEWER"}
            """;

    static final String TENANT = """
            {"name": "Northwind Consulting"}
            """;

    static final String TENANT_CHANGE = """
            {"name": "Northwind Consulting Group", "peerBenchmarks": true}
            """;
}
