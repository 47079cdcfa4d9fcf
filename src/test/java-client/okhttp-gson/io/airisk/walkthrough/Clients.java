package io.airisk.walkthrough;

import io.airisk.client.ApiClient;
import io.airisk.client.JSON;

/** A client of the `okhttp-gson` library, the generator's default: the key is its bearer token. */
final class Clients {

    static {
        // Gson leaves out null values unless told otherwise, and a null answer is how a PATCH
        // removes one.
        JSON.setGson(JSON.getGson().newBuilder().serializeNulls().create());
    }

    private Clients() {}

    static ApiClient client(String baseUrl, String key) {
        ApiClient client = new ApiClient();
        client.setBasePath(baseUrl);
        if (key != null) {
            client.setBearerToken(key);
        }
        return client;
    }
}
