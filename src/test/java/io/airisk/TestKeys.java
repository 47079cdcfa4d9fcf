package io.airisk;

/**
 * The credentials the tests name: the first tenant's ADMIN key, set by the test configuration
 * (application.properties, %test, and the packaged service's options in the integration tests),
 * and the headers that carry a key. A test sends one by naming it ({@code Api.as(TestKeys.ADMIN)});
 * nothing sends it unasked.
 */
public final class TestKeys {

    /** The first tenant's ADMIN key, which may also create tenants. */
    public static final String ADMIN = "ark_test-admin-key-0123456789abcdefghij";

    public static final String AUTHORIZATION = "Authorization";
    public static final String API_KEY = "X-API-Key";

    private TestKeys() {}
}
