package dev.collections.console;

import dev.collections.account.AccountSnapshots;
import dev.collections.account.PositionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a collector reads before acting on an account (issue 27): the customer's flags, the positions over time and
 * every recorded event, newest first, each list cut to {@link #SHOWN}. Codes stay codes here; the page says them
 * in its language (the {@code msg} bundle) and keeps the code as a tooltip. Times are the console's local time.
 */
@ApplicationScoped
public class AccountFile {
    /** How many of each list the page shows. */
    public static final int SHOWN = 20;

    private final AccountSnapshots snapshots;
    private final ConsoleTime time;

    public AccountFile(AccountSnapshots snapshots, ConsoleTime time) {
        this.snapshots = snapshots;
        this.time = time;
    }

    public record File(Flags flags, List<PositionView> positions, List<Contact> contacts, List<Paid> payments,
                       List<Promise> promises, List<Arrangement> arrangements, List<Hardship> hardships,
                       List<Case> disputes, List<Case> complaints, List<Placement> placements) {
    }

    public record Flags(String riskGrade, boolean deceased, boolean vulnerable, boolean addressVerified,
                        boolean phoneReachable, boolean creditReportNotified, List<String> doNotContact,
                        LocalDate placementNotifiedOn) {
    }

    public record Contact(String at, String channel, String outcome) {
    }

    public record Paid(String at, BigDecimal amount, String channel) {
    }

    public record Promise(BigDecimal amount, LocalDate dueDate, String status) {
    }

    public record Arrangement(String type, String status, LocalDate signedOn, Integer termMonths,
                              LocalDate nextDueDate, int missedInstallments, boolean brokenByBank) {
    }

    public record Hardship(String reason, String status, boolean temporary, LocalDate declaredOn) {
    }

    public record Case(String status, LocalDate openedOn, LocalDate closedOn, boolean viaRegulator) {
    }

    public record Placement(long agencyId, LocalDate placedOn, LocalDate until, LocalDate recalledOn,
                            List<String> recallReasons) {
    }

    /** The account's file; the caller knows the account exists. */
    public File of(String accountId) {
        var s = snapshots.get(accountId);
        var snapshot = s.account().snapshot();
        var flags = snapshot.customerOrDefaults();
        var h = s.history();
        return new File(new Flags(snapshot.riskGrade() == null ? null : snapshot.riskGrade().name(),
                flags.deceased(), flags.vulnerable(), flags.addressVerified(), flags.phoneReachable(),
                flags.creditReportNotified(), flags.doNotContact().stream().map(Enum::name).sorted().toList(),
                flags.placementNotifiedOn()),
                first(s.positions()),
                first(h.contacts().stream().map(c -> new Contact(time.of(c.contactedAt), c.channel.name(),
                        c.outcome.name())).toList()),
                first(s.payments().stream().map(p -> new Paid(time.of(p.paidAt), p.amount,
                        p.channel == null ? null : p.channel.name())).toList()),
                first(h.promises().stream().map(p -> new Promise(p.amount, p.dueDate, p.status.name())).toList()),
                first(h.arrangements().stream().map(r -> new Arrangement(r.type.name(), r.status.name(), r.signedOn,
                        r.termMonths, r.nextDueDate, r.missedInstallments, r.brokenByBank)).toList()),
                first(h.hardships().stream().map(c -> new Hardship(c.reason.name(), c.status.name(), c.temporary,
                        c.declaredOn)).toList()),
                first(h.disputes().stream().map(d -> new Case(d.status.name(), d.openedOn, d.resolvedOn, false))
                        .toList()),
                first(h.complaints().stream().map(c -> new Case(c.status.name(), c.openedOn, c.closedOn,
                        c.viaRegulator)).toList()),
                first(h.placements().stream().map(p -> new Placement(p.agencyId, p.placedOn, p.until, p.recalledOn,
                        p.recallReasons == null || p.recallReasons.isBlank() ? List.of()
                                : Arrays.asList(p.recallReasons.split(";")))).toList()));
    }

    private static <T> List<T> first(List<T> list) {
        return list.size() <= SHOWN ? list : list.subList(0, SHOWN);
    }
}
