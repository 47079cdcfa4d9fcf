package io.airisk.webhook.rest;

import io.airisk.access.Caller;
import io.airisk.access.Roles;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.error.Problem;
import io.airisk.common.http.Locations;
import io.airisk.common.http.Paging;
import io.airisk.webhook.service.DeliveryPage;
import io.airisk.webhook.service.TooManyWebhooksException;
import io.airisk.webhook.service.WebhookNotFoundException;
import io.airisk.webhook.service.WebhookRequest;
import io.airisk.webhook.service.WebhookView;
import io.airisk.webhook.service.Webhooks;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(
        name = "Webhooks",
        description = "Endpoints told of assessments created, submitted and deleted, and of respondents done:"
                + " Standard Webhooks deliveries, signed, retried for over a day, logged")
public class WebhookResource {

    private final Webhooks webhooks;
    private final SecurityIdentity identity;

    public WebhookResource(Webhooks webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    /** The list's wrapper, so that it may grow fields. */
    @Schema(name = "WebhookList", requiredProperties = "items")
    public record WebhookList(@Schema(maxItems = 100) List<WebhookView> items) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Register a webhook endpoint",
            description = "Every change to an assessment of the tenant that the endpoint listens for is written to"
                    + " an outbox in the change's own transaction, then POSTed to the URL as JSON {type, timestamp,"
                    + " data} with the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature"
                    + " (v1, HMAC-SHA256 of id.timestamp.body under the secret). A 2xx answer delivers it; anything"
                    + " else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h. The answer holds the"
                    + " secret, this once. The URL's host must resolve to public addresses only.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookRequest.class),
                            examples = @ExampleObject(name = "submitted", value = Examples.WEBHOOK)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; secret is the signing secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    public Response create(@Valid @NotNull WebhookRequest body, @Context UriInfo uri)
            throws InvalidInputException, TooManyWebhooksException {
        WebhookView created = webhooks.register(Caller.of(identity), body);
        return Locations.created(uri, created.id()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The tenant's webhook endpoints, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The endpoints, without their secrets",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookList.class)))
    public WebhookList list() {
        return new WebhookList(webhooks.list(Caller.of(identity)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "A webhook endpoint")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint, without its secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    public WebhookView get(@Parameter(description = "The webhook's id") @PathParam("id") UUID id)
            throws WebhookNotFoundException {
        return webhooks.get(Caller.of(identity), id);
    }

    @DELETE
    // No content: a client that accepts problem details alone, as generated clients ask here, is answered.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint and its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted: nothing more is sent to it")
    public Response delete(@Parameter(description = "The webhook's id") @PathParam("id") UUID id)
            throws WebhookNotFoundException {
        webhooks.delete(Caller.of(identity), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Give a webhook endpoint a new signing secret",
            description = "The answer holds the new secret, this once. For 24 hours deliveries carry two"
                    + " signatures, by the new secret and the old, so that the receiver can switch meanwhile.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint with its new secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    public WebhookView rotate(@Parameter(description = "The webhook's id") @PathParam("id") UUID id)
            throws WebhookNotFoundException {
        return webhooks.rotate(Caller.of(identity), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook endpoint's deliveries, newest first",
            description = "Each event sent or to send: its status, attempts, the last answer's status or error, and"
                    + " when the next attempt is due. Ended deliveries are kept 30 days.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryPage.class)))
    public DeliveryPage deliveries(
            @Parameter(description = "The webhook's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "Page number, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to " + Paging.MAX_SIZE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("size")
                    String size)
            throws InvalidInputException, WebhookNotFoundException {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.parse(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return webhooks.deliveries(Caller.of(identity), id, paging.page(), paging.size());
    }
}
