package dev.collections.agency;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.common.Violations;
import dev.collections.policy.AgencyStatus;
import dev.collections.policy.DelinquencyStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The bank's collection agencies (policy.md rev. 3): contracted, changed and suspended by operations, each change of
 * standing recorded with who made it and why. The nightly run suspends one whose complaints run high (AG6) through
 * {@link #changeStatus} too.
 */
@ApplicationScoped
public class Agencies {
    private static final String DISTRICT = "[0-9]{6}";

    /** What the bank agreed with an agency. */
    public record Terms(String name, String licenceNumber, List<String> regions, List<String> stages,
                        Integer capacity, BigDecimal feeRate, LocalDate contractFrom, LocalDate contractUntil) {

        void check(Violations v) {
            v.required("name", name).text("name", name, 200).required("licenceNumber", licenceNumber)
                    .text("licenceNumber", licenceNumber, 64).required("regions", regions)
                    .required("stages", stages).required("capacity", capacity).range("capacity", capacity, 0, 10_000_000)
                    .required("feeRate", feeRate).required("contractFrom", contractFrom)
                    .required("contractUntil", contractUntil).moment("contractFrom", contractFrom)
                    .moment("contractUntil", contractUntil);
            v.check(regions == null || !regions.isEmpty() && regions.stream().allMatch(r -> r != null
                    && (r.matches(DISTRICT) || Agency.EVERY_REGION.equals(r))), "regions",
                    "are 6-digit district codes, or * for every district");
            v.check(stages == null || !stages.isEmpty() && stages.stream().allMatch(s -> s != null
                    && Arrays.stream(DelinquencyStage.values()).anyMatch(d -> d.label().equals(s))), "stages",
                    "are stage labels: " + Arrays.stream(DelinquencyStage.values()).map(DelinquencyStage::label).toList());
            v.check(feeRate == null || feeRate.signum() >= 0 && feeRate.compareTo(BigDecimal.ONE) <= 0, "feeRate",
                    "is a share of what is recovered, 0 to 1 (0.15 is 15%)");
            v.check(contractFrom == null || contractUntil == null || !contractUntil.isBefore(contractFrom),
                    "contractUntil", "must not be before contractFrom");
        }
    }

    public List<Agency> list() {
        return Agency.all();
    }

    public Agency find(long id) {
        Agency a = Agency.findById(id);
        if (a == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No agency " + id);
        }
        return a;
    }

    /** An agency's standing, as the rules see a placement with it (empty: no such agency). */
    @Transactional
    public Optional<AgencyStatus> statusOf(long id) {
        return Agency.<Agency>findByIdOptional(id).map(a -> a.status);
    }

    /** The terms' own checks, refused (422) before the record is asked anything about them. */
    private static Violations checked(Terms terms) {
        Violations v = new Violations();
        terms.check(v);
        v.throwIfAny();
        return v;
    }

    @Transactional
    public Agency create(Terms terms, String user) {
        checked(terms).check(Agency.count("licenceNumber", terms.licenceNumber().strip()) == 0,
                "licenceNumber", "is already another agency's").throwIfAny();
        Agency a = new Agency();
        apply(a, terms);
        a.createdAt = now();
        a.status = AgencyStatus.ACTIVE;
        a.statusChangedBy = user;
        a.statusChangedAt = a.createdAt;
        a.statusReason = null;
        a.persist();
        record(a);
        return a;
    }

    @Transactional
    public Agency update(long id, Terms terms) {
        Agency a = find(id);
        checked(terms).check(Agency.count("licenceNumber = ?1 and id <> ?2", terms.licenceNumber().strip(), id) == 0,
                "licenceNumber", "is already another agency's").throwIfAny();
        apply(a, terms);
        return a;
    }

    /** Changes an agency's standing, with who did it and why (both kept). */
    @Transactional
    public Agency changeStatus(long id, AgencyStatus status, String by, String reason) {
        Agency a = find(id);
        new Violations().required("status", status).required("reason", reason).text("reason", reason, 1000)
                .check(reason == null || reason.strip().length() >= 3, "reason", "says why, in a few words")
                .throwIfAny();
        a.status = status;
        a.statusChangedBy = by;
        a.statusChangedAt = now();
        a.statusReason = reason.strip();
        a.updatedAt = a.statusChangedAt;
        record(a);
        return a;
    }

    public List<AgencyStatusChange> history(long id) {
        find(id);
        return AgencyStatusChange.of(id);
    }

    private static void apply(Agency a, Terms t) {
        a.name = t.name().strip();
        a.licenceNumber = t.licenceNumber().strip();
        a.regions = String.join(",", t.regions());
        a.stages = String.join(",", t.stages());
        a.capacity = t.capacity();
        a.feeRate = t.feeRate();
        a.contractFrom = t.contractFrom();
        a.contractUntil = t.contractUntil();
        a.updatedAt = now();
    }

    private static void record(Agency a) {
        AgencyStatusChange change = new AgencyStatusChange();
        change.agencyId = a.id;
        change.status = a.status;
        change.changedBy = a.statusChangedBy;
        change.changedAt = a.statusChangedAt;
        change.reason = a.statusReason;
        change.persist();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
