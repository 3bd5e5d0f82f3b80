package dev.collections.account.rest;

import dev.collections.account.Events;

import dev.collections.account.AccountEvents;
import dev.collections.account.IdempotentWrites;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Events on an account (201 with the recorded event) and the changes that close or update them (200). Every call
 * accepts an Idempotency-Key: a retry with the same key and body gets the first answer and records nothing new.
 */
@Tag(name = "Account events")
@Path("/api/v1/accounts/{accountId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.API)
public class AccountEventsResource {
    private final AccountEvents events;

    public AccountEventsResource(AccountEvents events) {
        this.events = events;
    }

    @POST
    @Path("/contacts")
    public Response contact(@PathParam("accountId") String accountId,
                            @HeaderParam(IdempotentWrites.HEADER) String key, Events.Contact body) {
        return events.contact(accountId, key, body);
    }

    @POST
    @Path("/promises")
    public Response promise(@PathParam("accountId") String accountId,
                            @HeaderParam(IdempotentWrites.HEADER) String key, Events.Promise body) {
        return events.promise(accountId, key, body);
    }

    @PATCH
    @Path("/promises/{id}")
    public Response changePromise(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                  @HeaderParam(IdempotentWrites.HEADER) String key, Events.PromiseChange body) {
        return events.changePromise(accountId, id, key, body);
    }

    @POST
    @Path("/arrangements")
    public Response arrangement(@PathParam("accountId") String accountId,
                                @HeaderParam(IdempotentWrites.HEADER) String key, Events.Arrangement body) {
        return events.arrangement(accountId, key, body);
    }

    @PATCH
    @Path("/arrangements/{id}")
    public Response changeArrangement(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                      @HeaderParam(IdempotentWrites.HEADER) String key,
                                      Events.ArrangementChange body) {
        return events.changeArrangement(accountId, id, key, body);
    }

    @POST
    @Path("/hardship-cases")
    public Response hardship(@PathParam("accountId") String accountId,
                             @HeaderParam(IdempotentWrites.HEADER) String key, Events.Hardship body) {
        return events.hardship(accountId, key, body);
    }

    @PATCH
    @Path("/hardship-cases/{id}")
    public Response changeHardship(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                   @HeaderParam(IdempotentWrites.HEADER) String key,
                                   Events.HardshipChange body) {
        return events.changeHardship(accountId, id, key, body);
    }

    @POST
    @Path("/disputes")
    public Response dispute(@PathParam("accountId") String accountId,
                            @HeaderParam(IdempotentWrites.HEADER) String key, Events.Dispute body) {
        return events.dispute(accountId, key, body);
    }

    @PATCH
    @Path("/disputes/{id}")
    public Response changeDispute(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                  @HeaderParam(IdempotentWrites.HEADER) String key, Events.DisputeChange body) {
        return events.changeDispute(accountId, id, key, body);
    }

    @POST
    @Path("/complaints")
    public Response complaint(@PathParam("accountId") String accountId,
                              @HeaderParam(IdempotentWrites.HEADER) String key, Events.Complaint body) {
        return events.complaint(accountId, key, body);
    }

    @PATCH
    @Path("/complaints/{id}")
    public Response changeComplaint(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                    @HeaderParam(IdempotentWrites.HEADER) String key,
                                    Events.ComplaintChange body) {
        return events.changeComplaint(accountId, id, key, body);
    }
}
