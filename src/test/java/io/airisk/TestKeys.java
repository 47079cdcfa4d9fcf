package io.airisk;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The key every test sends unless it says otherwise: the first tenant's ADMIN key, set by the test
 * configuration (application.properties, %test and the integration tests' arg-line). Registered for
 * every test class (META-INF/services), so that REST Assured sends it as a client would; a request
 * that carries a key or token of its own ({@code given().header(...)}) keeps it.
 */
public final class TestKeys implements BeforeEachCallback {

    /** The first tenant's ADMIN key, which may also create tenants. */
    public static final String ADMIN = "ark_test-admin-key-0123456789abcdefghij";

    public static final String AUTHORIZATION = "Authorization";
    public static final String API_KEY = "X-API-Key";

    private static final String CONNECTION = "Connection";

    /** Adds the ADMIN key to a request that carries no key or token, and closes its connection. */
    private static final Filter ADMIN_BY_DEFAULT = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName(AUTHORIZATION)
                && !request.getHeaders().hasHeaderWithName(API_KEY)) {
            request.header(AUTHORIZATION, bearer(ADMIN));
        }
        // REST Assured opens a client per request and leaves its connection open until the
        // service's idle timeout closes it: a few hundred requests in 30 seconds would fill the
        // service's connections (quarkus.http.limits.max-connections), as no client in use does.
        if (!request.getHeaders().hasHeaderWithName(CONNECTION)) {
            request.header(CONNECTION, "close");
        }
        return context.next(request, response);
    };

    /** The header value that sends this key. */
    public static String bearer(String key) {
        return "Bearer " + key;
    }

    /**
     * Installs the key in the REST Assured that the test class sees: a {@code @QuarkusTest} class is
     * loaded by the application's class loader, with a REST Assured of its own.
     */
    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        Class.forName(
                        TestKeys.class.getName(),
                        true,
                        context.getRequiredTestClass().getClassLoader())
                .getMethod("install")
                .invoke(null);
    }

    /**
     * Makes REST Assured send the ADMIN key with every request that names no other, and
     * {@code Connection: close} with every request that says nothing of its connection.
     */
    public static void install() {
        if (!RestAssured.filters().contains(ADMIN_BY_DEFAULT)) {
            RestAssured.filters(ADMIN_BY_DEFAULT);
        }
    }
}
