package dev.collections.triage.rest;

import dev.collections.common.BusinessDates;
import dev.collections.common.Roles;
import dev.collections.common.Violations;
import dev.collections.policy.ActionType;
import dev.collections.rules.CapacityTable;
import dev.collections.triage.Capacities;
import dev.collections.triage.CapacityPlan;
import dev.collections.triage.TriageConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Each team's capacity on a business date: what the nightly triage allocates by priority. GET shows the plan in
 * force (overrides over the weekly defaults of rules/capacity.csv); PUT replaces the date's overrides.
 */
@Tag(name = "Triage")
@Path("/api/v1/capacities/{date}")
@Produces(MediaType.APPLICATION_JSON)
public class CapacityResource {
    private static final int MAX_CAPACITY = 10_000_000;
    private static final int MAX_ENTRIES = 1_000;

    /** One team's capacity: a channel, for home visits a district (or * for every other), accounts per day. */
    public record CapacityEntry(@Schema(required = true, enumeration = {"SMS", "CALL", "HOME_VISIT", "LEGAL_ACTION"})
                                ActionType channel,
                                @Schema(description = "Home visits only: a 6-digit district code, or * for every"
                                        + " district without its own entry", pattern = "^([0-9]{6}|\\*)$") String region,
                                @Schema(required = true, minimum = "0", maximum = "10000000") Integer capacity) {
    }

    public record CapacityRequest(@Schema(required = true) List<CapacityEntry> capacities) {
    }

    public record CapacityView(LocalDate date, List<CapacityPlan.Entry> capacities) {
        static CapacityView of(CapacityPlan plan) {
            return new CapacityView(plan.date(), plan.entries());
        }
    }

    private final Capacities capacities;
    private final TriageConfig config;
    private final SecurityIdentity identity;

    public CapacityResource(Capacities capacities, TriageConfig config, SecurityIdentity identity) {
        this.capacities = capacities;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "Each team's capacity on a date: the operators' overrides over the weekly defaults")
    public CapacityView get(@PathParam("date") String date) {
        return CapacityView.of(capacities.plan(BusinessDates.inPath(date)));
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the capacities of a date (today or later); an empty list goes back to the defaults")
    public CapacityView put(@PathParam("date") String date, CapacityRequest request) {
        LocalDate day = BusinessDates.inPath(date);
        Violations v = BusinessDates.coming(new Violations(), "date", day, LocalDate.now(config.timeZone()));
        List<CapacityEntry> entries = request == null ? null : request.capacities();
        v.required("capacities", entries);
        if (entries != null) {
            v.check(entries.size() <= MAX_ENTRIES, "capacities", "must hold at most " + MAX_ENTRIES + " entries");
            check(v, entries);
        }
        v.throwIfAny();
        return CapacityView.of(capacities.replace(day, entries.stream().map(e -> new CapacityPlan.Entry(e.channel(),
                e.region(), e.capacity(), CapacityPlan.Entry.Source.OVERRIDE)).toList(),
                identity.getPrincipal().getName()));
    }

    private static void check(Violations v, List<CapacityEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CapacityEntry e = entries.get(i);
            String at = "capacities[" + i + "]";
            if (e == null) {
                v.add(at, "is required");
                continue;
            }
            v.required(at + ".channel", e.channel()).required(at + ".capacity", e.capacity())
                    .check(e.channel() != ActionType.NONE, at + ".channel",
                            "must be one of SMS, CALL, HOME_VISIT, LEGAL_ACTION")
                    .check(e.capacity() == null || (e.capacity() >= 0 && e.capacity() <= MAX_CAPACITY),
                            at + ".capacity", "must be 0 to " + MAX_CAPACITY + " accounts")
                    .check(e.region() == null || e.region().matches("[0-9]{6}")
                            || e.region().equals(CapacityTable.ANY_REGION), at + ".region",
                            "must be a 6-digit district code, such as 310101, or *")
                    .check(e.region() == null || e.channel() == ActionType.HOME_VISIT, at + ".region",
                            "only home visits have regions")
                    .check(seen.add(e.channel() + "/" + e.region()), at, "names its channel and region twice");
        }
    }

}
