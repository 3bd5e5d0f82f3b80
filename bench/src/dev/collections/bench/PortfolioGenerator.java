package dev.collections.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a synthetic core-banking extract of N accounts (the files and columns of docs/triage.md), with a mix
 * shaped like a card issuer's overdue book: most accounts are a few days late, a tail is months late; balances
 * are log-normal; contacts follow the ladder (SMS early, calls later, visits late); a few percent have an
 * arrangement, a hardship case, a promise, a dispute or a complaint; some are current but have an open case.
 * The same N and seed always give the same files.
 *
 * <pre>java -cp … dev.collections.bench.PortfolioGenerator N outDir [businessDate] [seed]</pre>
 */
public final class PortfolioGenerator {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] OUTCOMES = {"DELIVERED", "NO_ANSWER", "CONTACTED", "PROMISE_TO_PAY", "REFUSED",
        "WRONG_NUMBER"};
    private static final String[] REASONS = {"UNEMPLOYMENT", "SERIOUS_ILLNESS", "NATURAL_DISASTER",
        "DEATH_IN_FAMILY", "INCOME_REDUCTION", "OTHER"};

    private PortfolioGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 11, 23);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261123L;
        long start = System.nanoTime();
        Counts counts = write(n, out, today, new SplittableRandom(seed));
        System.out.printf("%,d accounts, %,d contacts, %,d cases in %s (%.1f s)%n", n, counts.contacts, counts.cases,
                out, (System.nanoTime() - start) / 1e9);
    }

    static final class Counts {
        long contacts;
        long cases;
    }

    static Counts write(int n, Path out, LocalDate today, SplittableRandom random) throws IOException {
        Files.createDirectories(out);
        Counts counts = new Counts();
        try (var accounts = writer(out, "accounts.csv", "accountId,daysPastDue,overdueAmount,outstandingBalance,"
                + "riskGrade,currency,timezone,deceased,vulnerable,addressVerified,phoneReachable,"
                + "creditReportNotified,doNotContact,region");
             var contacts = writer(out, "contacts.csv", "accountId,channel,at,outcome");
             var promises = writer(out, "promises.csv", "accountId,ref,amount,dueDate,status");
             var arrangements = writer(out, "arrangements.csv", "accountId,ref,type,status,signedOn,termMonths,"
                     + "missedInstallments,paymentInTransit,autodebitFailed");
             var hardship = writer(out, "hardship-cases.csv", "accountId,ref,reason,status,temporary,declaredOn");
             var disputes = writer(out, "disputes.csv", "accountId,ref,status,openedOn,resolvedOn");
             var complaints = writer(out, "complaints.csv", "accountId,ref,status,viaRegulator,openedOn,closedOn")) {
            for (int i = 0; i < n; i++) {
                String id = String.format("ACC%09d", i);
                int dpd = daysPastDue(random);
                double balance = Math.exp(9.2 + 0.8 * random.nextDouble() * 2 - 0.8); // ~4k to ~50k, median ~10k
                double overdue = dpd == 0 ? 0 : Math.min(balance, balance * (0.05 + 0.02 * (dpd / 30.0))
                        + random.nextInt(500));
                String grade = dpd > 90 || random.nextInt(10) == 0 ? "HIGH" : dpd > 30 ? "MEDIUM" : "LOW";
                accounts.write(id + "," + dpd + "," + money(overdue) + "," + money(balance) + "," + grade + ",CNY,"
                        + (random.nextInt(50) == 0 ? "Asia/Hong_Kong" : "") + ","
                        + (random.nextInt(5_000) == 0) + "," + (random.nextInt(100) == 0) + ","
                        + (random.nextInt(10) != 0) + "," + (random.nextInt(20) != 0) + ","
                        + (dpd > 60 && random.nextBoolean()) + "," + (random.nextInt(200) == 0 ? "SMS" : "") + ","
                        + region(random) + "\n");
                counts.contacts += contacts(id, dpd, today, random, contacts);
                counts.cases += cases(id, dpd, today, random, promises, arrangements, hardship, disputes, complaints);
            }
        }
        return counts;
    }

    /** Shanghai's 16 districts (GB/T 2260), one account in ten without a district. */
    private static final String[] DISTRICTS = {"310101", "310104", "310105", "310106", "310107", "310109", "310110",
            "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"};

    private static String region(SplittableRandom random) {
        int pick = random.nextInt(DISTRICTS.length + 2);
        return pick >= DISTRICTS.length ? "" : DISTRICTS[pick];
    }

    /** Days past due: 5% current (kept for their open cases), then most in the first month, a long tail. */
    private static int daysPastDue(SplittableRandom random) {
        int p = random.nextInt(100);
        if (p < 5) {
            return 0;
        }
        if (p < 55) {
            return 1 + random.nextInt(30);
        }
        if (p < 75) {
            return 31 + random.nextInt(30);
        }
        if (p < 87) {
            return 61 + random.nextInt(30);
        }
        if (p < 95) {
            return 91 + random.nextInt(90);
        }
        return 181 + random.nextInt(540);
    }

    private static int contacts(String id, int dpd, LocalDate today, SplittableRandom random, BufferedWriter out)
            throws IOException {
        if (dpd == 0) {
            return 0;
        }
        int count = random.nextInt(Math.min(6, 1 + dpd / 5) + 1);
        for (int k = 0; k < count; k++) {
            String channel = dpd <= 15 ? "SMS" : dpd <= 60 ? (random.nextInt(3) == 0 ? "SMS" : "CALL")
                    : (random.nextInt(6) == 0 ? "HOME_VISIT" : "CALL");
            String outcome = "SMS".equals(channel) ? "DELIVERED"
                    : "HOME_VISIT".equals(channel) ? (random.nextBoolean() ? "CONTACTED" : "NOT_HOME")
                    : OUTCOMES[1 + random.nextInt(OUTCOMES.length - 1)];
            var at = today.minusDays(1 + random.nextInt(Math.min(dpd, 20))).atTime(9 + random.nextInt(10),
                    random.nextInt(60)).atOffset(ZoneOffset.ofHours(8));
            out.write(id + "," + channel + "," + MOMENT.format(at) + "," + outcome + "\n");
        }
        return count;
    }

    private static int cases(String id, int dpd, LocalDate today, SplittableRandom random, BufferedWriter promises,
                             BufferedWriter arrangements, BufferedWriter hardship, BufferedWriter disputes,
                             BufferedWriter complaints) throws IOException {
        int cases = 0;
        if (dpd > 0 && random.nextInt(100) < 8) {
            String status = random.nextInt(3) == 0 ? "BROKEN" : "PENDING";
            promises.write(id + ",P1," + money(100 + random.nextInt(3_000)) + ","
                    + today.plusDays(random.nextInt(14) - 4) + "," + status + "\n");
            cases++;
        }
        if (random.nextInt(100) < (dpd > 60 ? 10 : 4)) {
            boolean installment = random.nextInt(4) != 0;
            String status = random.nextInt(5) == 0 ? "BROKEN" : "ACTIVE";
            arrangements.write(id + ",A1," + (installment ? "INSTALLMENT" : "DEFERRAL") + "," + status + ","
                    + today.minusDays(10 + random.nextInt(300)) + "," + (installment ? 12 + random.nextInt(49) : 3)
                    + "," + ("BROKEN".equals(status) ? 1 + random.nextInt(3) : 0) + "," + (random.nextInt(50) == 0)
                    + "," + (random.nextInt(30) == 0) + "\n");
            cases++;
        }
        if (random.nextInt(100) < 3) {
            String status = new String[] {"DECLARED", "VERIFIED", "REJECTED"}[random.nextInt(3)];
            hardship.write(id + ",H1," + REASONS[random.nextInt(REASONS.length)] + "," + status + ","
                    + random.nextBoolean() + "," + today.minusDays(random.nextInt(120)) + "\n");
            cases++;
        }
        if (random.nextInt(100) < 2) {
            LocalDate opened = today.minusDays(random.nextInt(90));
            boolean open = random.nextInt(3) != 0;
            disputes.write(id + ",D1," + (open ? "OPEN" : "CLOSED") + "," + opened + ","
                    + (open ? "" : opened.plusDays(random.nextInt((int) (today.toEpochDay() - opened.toEpochDay()) + 1)))
                    + "\n");
            cases++;
        }
        if (random.nextInt(100) < 1) {
            LocalDate opened = today.minusDays(random.nextInt(60));
            boolean open = random.nextBoolean();
            complaints.write(id + ",C1," + (open ? "OPEN" : "CLOSED") + "," + (random.nextInt(5) == 0) + "," + opened
                    + "," + (open ? "" : opened.plusDays(random.nextInt((int) (today.toEpochDay() - opened.toEpochDay()) + 1)))
                    + "\n");
            cases++;
        }
        return cases;
    }

    private static String money(double amount) {
        return String.format("%.2f", amount);
    }

    private static BufferedWriter writer(Path dir, String name, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(name), java.nio.charset.StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }
}
