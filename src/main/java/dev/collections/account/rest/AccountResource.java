package dev.collections.account.rest;

import dev.collections.account.Events;

import dev.collections.account.AccountSnapshots;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The account snapshot from core banking, and the whole record as the service holds it. */
@Tag(name = "Accounts")
@Path("/api/v1/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.API)
public class AccountResource {
    private final AccountSnapshots snapshots;

    public AccountResource(AccountSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Creates (201) or replaces (200) the account's snapshot. */
    @PUT
    @Operation(summary = "Create or replace the account's snapshot from core banking")
    @APIResponse(responseCode = "200", description = "The snapshot replaced the earlier one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "201", description = "The account is new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("accountId") String accountId, Events.Snapshot snapshot) {
        var put = snapshots.put(accountId, snapshot);
        return Response.status(put.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(AccountView.of(put.account())).build();
    }

    /** The snapshot with its recent contacts, promises, arrangements, hardship cases, disputes and complaints. */
    @GET
    @Operation(summary = "The account's record: snapshot, recent contacts, promises, arrangements, hardship cases,"
            + " disputes and complaints")
    public AccountView get(@PathParam("accountId") String accountId) {
        return AccountView.of(snapshots.get(accountId));
    }
}
