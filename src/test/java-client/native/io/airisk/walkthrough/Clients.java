package io.airisk.walkthrough;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.client.ApiClient;

/** A client of the `native` library (java.net.http): the key goes into every request's headers. */
final class Clients {

    private Clients() {}

    static ApiClient client(String baseUrl, String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        // The generated mapper leaves out null values, in maps too; a null answer is how a PATCH
        // removes one, so a map keeps its nulls (unset fields of a model are still left out).
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
        client.setObjectMapper(mapper);
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }
}
