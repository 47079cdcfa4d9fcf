package io.airisk.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code Location} headers as paths, relative to wherever the client reached the service (RFC 9110
 * allows a reference relative to the request): never built from the {@code Host} the client sent,
 * which an absolute URL would repeat to it, whatever it was.
 */
public final class Locations {

    private Locations() {}

    /** 201, with the new resource's path: the request's path, then its id. */
    public static Response.ResponseBuilder created(UriInfo request, Object id) {
        String path = request.getRequestUri().getRawPath();
        String parent = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, parent + "/" + id);
    }
}
