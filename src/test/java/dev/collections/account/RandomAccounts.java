package dev.collections.account;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collections.model.CustomerFacts;
import dev.collections.policy.ArrangementStatus;
import dev.collections.policy.ArrangementType;
import dev.collections.policy.Channel;
import dev.collections.policy.ContactOutcome;
import dev.collections.policy.HardshipReason;
import dev.collections.policy.HardshipStatus;
import dev.collections.policy.PromiseStatus;
import dev.collections.policy.RiskGrade;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random accounts that fill every field an account can be given (the customer's facts: every component of
 * {@link CustomerFacts}, by its type, so a fact added there is generated and sent on both paths without a change
 * here), with their cases, and the two ways core banking
 * records them: the API (a snapshot, then one event per case) and an extract (one CSV file per kind). Seeded, so a
 * failure can be replayed.
 */
final class RandomAccounts {
    private final Random random;
    private final long agency;
    private final LocalDate today;

    RandomAccounts(long seed, long agency, LocalDate today) {
        this.random = new Random(seed);
        this.agency = agency;
        this.today = today;
    }

    record Contact(Channel channel, OffsetDateTime at, ContactOutcome outcome) {
    }

    record Promise(BigDecimal amount, LocalDate dueDate, PromiseStatus status) {
    }

    record Arrangement(ArrangementType type, ArrangementStatus status, LocalDate signedOn, int termMonths,
                       LocalDate nextDueDate, int missed, boolean inTransit, boolean autodebitFailed,
                       boolean brokenByBank) {
    }

    record Hardship(HardshipReason reason, HardshipStatus status, boolean temporary, LocalDate declaredOn) {
    }

    record Complaint(boolean viaRegulator, LocalDate openedOn) {
    }

    record Placement(long agencyId, LocalDate placedOn, LocalDate until, LocalDate recalledOn) {
    }

    /** One account: its snapshot and the cases on it (null: none of that kind). */
    record Account(int index, int daysPastDue, BigDecimal overdue, BigDecimal outstanding, BigDecimal principal,
                   RiskGrade grade, String currency, String timezone, CustomerFacts customer, String region,
                   List<Contact> contacts,
                   Promise promise, Arrangement arrangement, Hardship hardship, LocalDate disputeOpenedOn,
                   Complaint complaint, Placement placement) {

        /** The account's own facts as core banking sent them, as a stateless assessment request carries them. */
        dev.collections.model.AccountFacts asSent(String id) {
            return dev.collections.model.AccountFacts.builder().accountId(id).daysPastDue(daysPastDue)
                    .overdueAmount(overdue).outstandingBalance(outstanding).principalOutstanding(principal)
                    .riskGrade(grade).currency(currency).timezone(timezone).customer(customer).build();
        }

        void recordThroughTheApi(String id) {
            Api.putAccount(id, String.format("""
                    {"daysPastDue":%d,"overdueAmount":%s,"outstandingBalance":%s,"principalOutstanding":%s,
                     "riskGrade":"%s","currency":"%s","timezone":"%s","region":"%s","customer":{%s}}""",
                    daysPastDue, overdue, outstanding, principal, grade, currency, timezone, region,
                    customerFields().stream().map(f -> "\"" + f.getName() + "\":" + json(f.getAccessor(), customer))
                            .collect(java.util.stream.Collectors.joining(","))));
            for (Contact c : contacts) {
                created(id, "contacts", Api.contact(c.channel().name(), stamp(c.at()), c.outcome().name()));
            }
            if (promise != null) {
                created(id, "promises", String.format("{\"amount\":%s,\"dueDate\":\"%s\",\"status\":\"%s\"}",
                        promise.amount(), promise.dueDate(), promise.status()));
            }
            if (arrangement != null) {
                var a = arrangement;
                created(id, "arrangements", String.format("{\"type\":\"%s\",\"status\":\"%s\",\"signedOn\":\"%s\","
                                + "\"termMonths\":%d,\"nextDueDate\":\"%s\",\"missedInstallments\":%d,"
                                + "\"paymentInTransit\":%b,\"autodebitFailed\":%b,\"brokenByBank\":%b}", a.type(),
                        a.status(), a.signedOn(), a.termMonths(), a.nextDueDate(), a.missed(), a.inTransit(),
                        a.autodebitFailed(), a.brokenByBank()));
            }
            if (hardship != null) {
                created(id, "hardship-cases", String.format("{\"reason\":\"%s\",\"status\":\"%s\",\"temporary\":%b,"
                        + "\"declaredOn\":\"%s\"}", hardship.reason(), hardship.status(), hardship.temporary(),
                        hardship.declaredOn()));
            }
            if (disputeOpenedOn != null) {
                created(id, "disputes", "{\"openedOn\":\"" + disputeOpenedOn + "\"}");
            }
            if (complaint != null) {
                created(id, "complaints", String.format("{\"viaRegulator\":%b,\"openedOn\":\"%s\"}",
                        complaint.viaRegulator(), complaint.openedOn()));
            }
            if (placement != null) {
                long placed = created(id, "placements", String.format("{\"agencyId\":%d,\"placedOn\":\"%s\","
                        + "\"until\":\"%s\"}", placement.agencyId(), placement.placedOn(), placement.until()));
                if (placement.recalledOn() != null) {
                    Api.patch(id, "placements/" + placed, "{\"recalledOn\":\"" + placement.recalledOn()
                            + "\",\"recallReasons\":[\"PAID\"]}").then().statusCode(200);
                }
            }
        }
    }

    /** The customer's facts: every component of the model's record, so that a new one is generated too. */
    private static List<RecordComponent> customerFields() {
        return List.of(CustomerFacts.class.getRecordComponents());
    }

    private static Object value(Method accessor, Object of) {
        try {
            return accessor.invoke(of);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Method accessor, Object of) {
        Object v = value(accessor, of);
        if (v instanceof List<?> list) {
            return list.stream().map(x -> "\"" + x + "\"").toList().toString();
        }
        return v == null || v instanceof Boolean || v instanceof Number ? String.valueOf(v) : "\"" + v + "\"";
    }

    /** The value as an extract's cell: lists separated by {@code ;}, blank for none. */
    private static String cell(Method accessor, Object of) {
        Object v = value(accessor, of);
        if (v instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return v == null ? "" : String.valueOf(v);
    }

    /** A random customer: each component of the model filled by its type. */
    private CustomerFacts customer() {
        List<Object> values = new ArrayList<>();
        for (RecordComponent f : customerFields()) {
            values.add(randomOf(f));
        }
        try {
            return CustomerFacts.class.getDeclaredConstructor(customerFields().stream().map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object randomOf(RecordComponent f) {
        Class<?> type = f.getType();
        if (type == Boolean.class) {
            return chance(3);
        } else if (type == LocalDate.class) {
            return chance(2) ? day(90) : null;
        } else if (type == Integer.class) {
            return random.nextInt(100);
        } else if (type == BigDecimal.class) {
            return money(0, 10_000);
        } else if (type.isEnum()) {
            return pick(type.getEnumConstants());
        } else if (type == List.class) { // opt-outs: the only list of the customer's facts
            List<Channel> optOut = new ArrayList<>();
            for (Channel c : Channel.values()) {
                if (random.nextInt(4) == 0) {
                    optOut.add(c);
                }
            }
            return optOut;
        }
        return "T" + random.nextInt(1000);
    }

    private static long created(String id, String what, String body) {
        return Api.post(id, what, body, null).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A moment as the API's contract writes it: with seconds, always. */
    private static String stamp(OffsetDateTime at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").format(at);
    }

    List<Account> generate(int n) {
        List<Account> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(account(i));
        }
        return all;
    }

    private Account account(int i) {
        BigDecimal outstanding = money(1_000, 200_000);
        BigDecimal overdue = outstanding.multiply(BigDecimal.valueOf(random.nextInt(101), 2)).setScale(2,
                java.math.RoundingMode.DOWN);
        BigDecimal principal = outstanding.multiply(BigDecimal.valueOf(random.nextInt(101), 2)).setScale(2,
                java.math.RoundingMode.DOWN);
        List<Contact> contacts = new ArrayList<>();
        OffsetDateTime at = today.minusDays(40).atTime(8, 0).atOffset(ZoneOffset.UTC);
        for (int c = random.nextInt(5); c > 0; c--) {
            at = at.plusMinutes(1 + random.nextInt(60 * 24 * 8));
            contacts.add(new Contact(pick(Channel.values()), at, pick(ContactOutcome.values())));
        }
        LocalDate signed = day(200);
        return new Account(i, random.nextInt(400), overdue, outstanding, principal, pick(RiskGrade.values()),
                pick(new String[] {"CNY", "USD", "HKD"}), pick(new String[] {"Asia/Shanghai", "Asia/Hong_Kong",
                "Asia/Urumqi"}), customer(), String.format("%06d", 110000 + random.nextInt(550000)), contacts,
                chance(3) ? null : new Promise(money(100, 5_000), today.plusDays(random.nextInt(60) - 30),
                        pick(PromiseStatus.values())),
                chance(3) ? null : new Arrangement(pick(ArrangementType.values()), pick(ArrangementStatus.values()),
                        signed, 1 + random.nextInt(36), today.plusDays(random.nextInt(60) - 20), random.nextInt(4),
                        chance(2), chance(2), chance(3)),
                chance(3) ? null : new Hardship(pick(HardshipReason.values()), pick(HardshipStatus.values()),
                        chance(2), day(120)),
                chance(2) ? null : day(60),
                chance(2) ? null : new Complaint(chance(2), day(60)),
                chance(3) ? null : placement());
    }

    private Placement placement() {
        LocalDate placed = day(150);
        LocalDate until = placed.plusDays(90 + random.nextInt(90));
        return new Placement(agency, placed, until, chance(2) ? placed.plusDays(1 + random.nextInt(60)) : null);
    }

    private LocalDate day(int withinDays) {
        return today.minusDays(1 + random.nextInt(withinDays));
    }

    private BigDecimal money(int from, int to) {
        return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100), 2);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The accounts as a core-banking extract under {@code directory}, ids {@code prefix} and the index. */
    static void writeExtract(List<Account> accounts, String prefix, Path directory) throws IOException {
        file(directory, "accounts.csv", "accountId,daysPastDue,overdueAmount,outstandingBalance,principalOutstanding,"
                + "riskGrade,currency,timezone,region," + String.join(",", customerFields().stream()
                        .map(RecordComponent::getName).toList()), accounts, a -> List.of(String.join(",",
                prefix + a.index(), "" + a.daysPastDue(), "" + a.overdue(), "" + a.outstanding(), "" + a.principal(),
                a.grade().name(), a.currency(), a.timezone(), a.region(), String.join(",", customerFields().stream()
                        .map(f -> cell(f.getAccessor(), a.customer())).toList()))));
        file(directory, "contacts.csv", "accountId,channel,at,outcome", accounts, a -> a.contacts().stream()
                .map(c -> String.join(",", prefix + a.index(), c.channel().name(), stamp(c.at()),
                        c.outcome().name())).toList());
        file(directory, "promises.csv", "accountId,ref,amount,dueDate,status", accounts, a -> a.promise() == null
                ? List.of() : List.of(String.join(",", prefix + a.index(), "P" + a.index(),
                "" + a.promise().amount(), "" + a.promise().dueDate(), a.promise().status().name())));
        file(directory, "arrangements.csv", "accountId,ref,type,status,signedOn,termMonths,nextDueDate,"
                + "missedInstallments,paymentInTransit,autodebitFailed,brokenByBank", accounts, a -> {
                    var r = a.arrangement();
                    return r == null ? List.of() : List.of(String.join(",", prefix + a.index(), "A" + a.index(),
                            r.type().name(), r.status().name(), "" + r.signedOn(), "" + r.termMonths(),
                            "" + r.nextDueDate(), "" + r.missed(), "" + r.inTransit(), "" + r.autodebitFailed(),
                            "" + r.brokenByBank()));
                });
        file(directory, "hardship-cases.csv", "accountId,ref,reason,status,temporary,declaredOn", accounts, a -> {
            var h = a.hardship();
            return h == null ? List.of() : List.of(String.join(",", prefix + a.index(), "H" + a.index(),
                    h.reason().name(), h.status().name(), "" + h.temporary(), "" + h.declaredOn()));
        });
        file(directory, "disputes.csv", "accountId,ref,openedOn", accounts, a -> a.disputeOpenedOn() == null
                ? List.of() : List.of(String.join(",", prefix + a.index(), "D" + a.index(),
                "" + a.disputeOpenedOn())));
        file(directory, "complaints.csv", "accountId,ref,viaRegulator,openedOn", accounts, a -> a.complaint() == null
                ? List.of() : List.of(String.join(",", prefix + a.index(), "C" + a.index(),
                "" + a.complaint().viaRegulator(), "" + a.complaint().openedOn())));
        file(directory, "placements.csv", "accountId,ref,agencyId,placedOn,until,recalledOn,recallReasons", accounts,
                a -> {
                    var p = a.placement();
                    return p == null ? List.of() : List.of(String.join(",", prefix + a.index(), "L" + a.index(),
                            "" + p.agencyId(), "" + p.placedOn(), "" + p.until(),
                            p.recalledOn() == null ? "" : p.recalledOn().toString(),
                            p.recalledOn() == null ? "" : "PAID"));
                });
    }

    private static void file(Path directory, String name, String header, List<Account> accounts,
                             Function<Account, List<String>> lines) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (Account a : accounts) {
            lines.apply(a).forEach(line -> text.append(line).append('\n'));
        }
        Files.writeString(directory.resolve(name), text);
    }

    /** Where two trees first differ, as a path and the two values. */
    static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode other = actual.get(name);
                if (other == null) {
                    return path + "." + name + " missing";
                }
                if (!expected.get(name).equals(other)) {
                    return firstDifference(path + "." + name, expected.get(name), other);
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                }
            }
        }
        return path + ": " + expected + " against " + actual;
    }
}
