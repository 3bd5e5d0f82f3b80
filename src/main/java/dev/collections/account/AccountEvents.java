package dev.collections.account;

import dev.collections.account.Events;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/** Records what happened on an account: contacts, promises, arrangements, hardship, disputes, complaints. */
@ApplicationScoped
public class AccountEvents {
    private static final int CREATED = 201;
    private static final int OK = 200;

    private final IdempotentWrites writes;

    public AccountEvents(IdempotentWrites writes) {
        this.writes = writes;
    }

    public Response contact(String accountId, String key, Events.Contact c) {
        return writes.write(accountId, key, "contact", c, CREATED, account -> {
            ContactAttempt e = new ContactAttempt();
            e.accountId = accountId;
            e.channel = c.channel();
            e.outcome = c.outcome();
            e.contactedAt = c.at();
            e.externalRef = c.externalRef();
            e.recordedAt = now();
            e.persist();
            return e;
        });
    }

    public Response payment(String accountId, String key, Events.Payment p) {
        return writes.write(accountId, key, "payment", p, CREATED, account -> {
            Payment e = new Payment();
            e.accountId = accountId;
            e.amount = p.amount();
            e.paidAt = p.paidAt();
            e.channel = p.channel();
            e.externalRef = p.externalRef();
            e.recordedAt = now();
            e.persist();
            return e;
        });
    }

    public Response promise(String accountId, String key, Events.Promise p) {
        return writes.write(accountId, key, "promise", p, CREATED, account -> {
            PromiseToPay e = new PromiseToPay();
            e.accountId = accountId;
            e.amount = p.amount();
            e.dueDate = p.dueDate();
            e.status = p.statusOrPending();
            return created(e);
        });
    }

    public Response changePromise(String accountId, long id, String key, Events.PromiseChange p) {
        return writes.write(accountId, key, "promise/" + id, p, OK, account ->
                changed(owned(PromiseToPay.<PromiseToPay>findById(id), accountId, "promise", id), e -> e.status = p.status()));
    }

    public Response arrangement(String accountId, String key, Events.Arrangement a) {
        return writes.write(accountId, key, "arrangement", a, CREATED, account -> {
            ArrangementRecord e = new ArrangementRecord();
            e.accountId = accountId;
            e.type = a.type();
            e.status = a.statusOrActive();
            e.signedOn = a.signedOn();
            e.termMonths = a.termMonths();
            e.nextDueDate = a.nextDueDate();
            e.missedInstallments = a.missedOrZero();
            e.paymentInTransit = a.inTransitOrFalse();
            e.autodebitFailed = a.autodebitFailedOrFalse();
            e.brokenByBank = a.brokenByBankOrFalse();
            return created(e);
        });
    }

    public Response changeArrangement(String accountId, long id, String key, Events.ArrangementChange a) {
        return writes.write(accountId, key, "arrangement/" + id, a, OK, account -> changed(
                owned(ArrangementRecord.<ArrangementRecord>findById(id), accountId, "arrangement", id), e -> {
                    if (a.status() != null) e.status = a.status();
                    if (a.termMonths() != null) e.termMonths = a.termMonths();
                    if (a.nextDueDate() != null) e.nextDueDate = a.nextDueDate();
                    if (a.missedInstallments() != null) e.missedInstallments = a.missedInstallments();
                    if (a.paymentInTransit() != null) e.paymentInTransit = a.paymentInTransit();
                    if (a.autodebitFailed() != null) e.autodebitFailed = a.autodebitFailed();
                    if (a.brokenByBank() != null) e.brokenByBank = a.brokenByBank();
                }));
    }

    public Response hardship(String accountId, String key, Events.Hardship h) {
        return writes.write(accountId, key, "hardship", h, CREATED, account -> {
            HardshipCase e = new HardshipCase();
            e.accountId = accountId;
            e.reason = h.reason();
            e.status = h.statusOrDeclared();
            e.temporary = h.temporaryOrFalse();
            e.declaredOn = h.declaredOn();
            return created(e);
        });
    }

    public Response changeHardship(String accountId, long id, String key, Events.HardshipChange h) {
        return writes.write(accountId, key, "hardship/" + id, h, OK, account -> changed(
                owned(HardshipCase.<HardshipCase>findById(id), accountId, "hardship case", id), e -> {
                    if (h.status() != null) e.status = h.status();
                    if (h.reason() != null) e.reason = h.reason();
                    if (h.temporary() != null) e.temporary = h.temporary();
                }));
    }

    public Response dispute(String accountId, String key, Events.Dispute d) {
        return writes.write(accountId, key, "dispute", d, CREATED, account -> {
            DisputeRecord e = new DisputeRecord();
            e.accountId = accountId;
            e.status = CaseStatus.OPEN;
            e.openedOn = d.openedOn();
            return created(e);
        });
    }

    public Response changeDispute(String accountId, long id, String key, Events.DisputeChange d) {
        return writes.write(accountId, key, "dispute/" + id, d, OK, account -> changed(
                owned(DisputeRecord.<DisputeRecord>findById(id), accountId, "dispute", id), e -> {
                    if (d.status() != null) e.status = d.status();
                    if (d.resolvedOn() != null) e.resolvedOn = d.resolvedOn();
                }));
    }

    public Response complaint(String accountId, String key, Events.Complaint c) {
        return writes.write(accountId, key, "complaint", c, CREATED, account -> {
            ComplaintRecord e = new ComplaintRecord();
            e.accountId = accountId;
            e.status = CaseStatus.OPEN;
            e.viaRegulator = Boolean.TRUE.equals(c.viaRegulator());
            e.openedOn = c.openedOn();
            return created(e);
        });
    }

    public Response changeComplaint(String accountId, long id, String key, Events.ComplaintChange c) {
        return writes.write(accountId, key, "complaint/" + id, c, OK, account -> changed(
                owned(ComplaintRecord.<ComplaintRecord>findById(id), accountId, "complaint", id), e -> {
                    if (c.status() != null) e.status = c.status();
                    if (c.closedOn() != null) e.closedOn = c.closedOn();
                }));
    }

    /** A placement with an agency core banking recorded; 422 when no such agency is contracted. */
    public Response placement(String accountId, String key, Events.Placement p) {
        return writes.write(accountId, key, "placement", p, CREATED, account -> {
            if (PlacementRecord.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM {h-schema}agency WHERE id = ?1")
                    .setParameter(1, p.agencyId()).getSingleResult() instanceof Number n && n.intValue() == 0) {
                throw dev.collections.common.ProblemException.validation(java.util.List.of(
                        new dev.collections.common.Problem.Violation("agencyId", "is no agency of the bank's")));
            }
            PlacementRecord e = new PlacementRecord();
            e.accountId = accountId;
            e.agencyId = p.agencyId();
            e.placedOn = p.placedOn();
            e.until = p.until();
            e.agencyReference = p.agencyReference();
            e.externalRef = p.externalRef();
            e.placedBalance = account.snapshot().outstandingBalance();
            e.placedOverdue = account.snapshot().overdueAmount();
            return created(e);
        });
    }

    public Response changePlacement(String accountId, long id, String key, Events.PlacementChange p) {
        return writes.write(accountId, key, "placement/" + id, p, OK, account -> changed(
                owned(PlacementRecord.<PlacementRecord>findById(id), accountId, "placement", id), e -> {
                    if (p.recalledOn() != null) e.recalledOn = p.recalledOn();
                    if (p.recallReasons() != null) e.recallReasons = String.join(";", p.recallReasons().stream()
                            .map(Enum::name).toList());
                    if (p.until() != null) e.until = p.until();
                }));
    }

    private static <E extends AccountCase> E created(E entity) {
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
        entity.persist();
        return entity;
    }

    private static <E extends AccountCase> E changed(E entity, Consumer<E> change) {
        change.accept(entity);
        entity.updatedAt = now();
        return entity;
    }

    /** The case with this id, if it is this account's; 404 otherwise. */
    private static <E extends AccountCase> E owned(E entity, String accountId, String what, long id) {
        if (entity == null || !entity.belongsTo(accountId)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No " + what + " " + id + " on account " + accountId);
        }
        return entity;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
