package dev.collections.account.rest;

import dev.collections.account.Events;

import dev.collections.account.AccountEvents;
import dev.collections.account.IdempotentWrites;

import dev.collections.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(summary = "Record a contact attempt and its outcome")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.ContactAttempt.class)))
    public Response contact(@PathParam("accountId") String accountId,
                            @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Contact body) {
        return events.contact(accountId, key, body);
    }

    @POST
    @Path("/payments")
    @Operation(summary = "Record a payment: amount, when it was paid, how, core banking's reference")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.Payment.class)))
    public Response payment(@PathParam("accountId") String accountId,
                            @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Payment body) {
        return events.payment(accountId, key, body);
    }

    @POST
    @Path("/promises")
    @Operation(summary = "Record a promise to pay")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.PromiseToPay.class)))
    public Response promise(@PathParam("accountId") String accountId,
                            @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Promise body) {
        return events.promise(accountId, key, body);
    }

    @PATCH
    @Path("/promises/{id}")
    @Operation(summary = "Change a promise (kept, broken); what the body does not name keeps its value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.PromiseToPay.class)))
    public Response changePromise(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                  @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.PromiseChange body) {
        return events.changePromise(accountId, id, key, body);
    }

    @POST
    @Path("/arrangements")
    @Operation(summary = "Record a repayment arrangement")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.ArrangementRecord.class)))
    public Response arrangement(@PathParam("accountId") String accountId,
                                @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Arrangement body) {
        return events.arrangement(accountId, key, body);
    }

    @PATCH
    @Path("/arrangements/{id}")
    @Operation(summary = "Change an arrangement (missed instalments, status, a break by the bank); what the body does not name keeps its value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.ArrangementRecord.class)))
    public Response changeArrangement(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                      @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key,
                                      Events.ArrangementChange body) {
        return events.changeArrangement(accountId, id, key, body);
    }

    @POST
    @Path("/hardship-cases")
    @Operation(summary = "Record a hardship case the customer declared")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.HardshipCase.class)))
    public Response hardship(@PathParam("accountId") String accountId,
                             @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Hardship body) {
        return events.hardship(accountId, key, body);
    }

    @PATCH
    @Path("/hardship-cases/{id}")
    @Operation(summary = "Change a hardship case (verified, rejected); what the body does not name keeps its value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.HardshipCase.class)))
    public Response changeHardship(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                   @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key,
                                   Events.HardshipChange body) {
        return events.changeHardship(accountId, id, key, body);
    }

    @POST
    @Path("/disputes")
    @Operation(summary = "Record a dispute the customer raised")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.DisputeRecord.class)))
    public Response dispute(@PathParam("accountId") String accountId,
                            @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Dispute body) {
        return events.dispute(accountId, key, body);
    }

    @PATCH
    @Path("/disputes/{id}")
    @Operation(summary = "Change a dispute (closed, its resolution date); what the body does not name keeps its value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.DisputeRecord.class)))
    public Response changeDispute(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                  @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.DisputeChange body) {
        return events.changeDispute(accountId, id, key, body);
    }

    @POST
    @Path("/complaints")
    @Operation(summary = "Record a complaint")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.ComplaintRecord.class)))
    public Response complaint(@PathParam("accountId") String accountId,
                              @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key, Events.Complaint body) {
        return events.complaint(accountId, key, body);
    }

    @PATCH
    @Path("/complaints/{id}")
    @Operation(summary = "Change a complaint (closed, its closing date); what the body does not name keeps its value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.ComplaintRecord.class)))
    public Response changeComplaint(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                    @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key,
                                    Events.ComplaintChange body) {
        return events.changeComplaint(accountId, id, key, body);
    }

    @POST
    @Path("/placements")
    @Operation(summary = "Record a placement with a collection agency (policy.md rev. 3) made outside the nightly triage")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.PlacementRecord.class)))
    public Response placement(@PathParam("accountId") String accountId,
                              @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key,
                              Events.Placement body) {
        return events.placement(accountId, key, body);
    }

    @PATCH
    @Path("/placements/{id}")
    @Operation(summary = "Change a placement: its recall (the day and why) or its term; what the body does not name keeps its value")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.collections.account.PlacementRecord.class)))
    public Response changePlacement(@PathParam("accountId") String accountId, @PathParam("id") long id,
                                    @Parameter(description = IdempotentWrites.KEY_DESCRIPTION) @HeaderParam(IdempotentWrites.HEADER) String key,
                                    Events.PlacementChange body) {
        return events.changePlacement(accountId, id, key, body);
    }
}
