package dev.collections.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The account being assessed, at the moment of assessment ({@code asOf}, in the customer's time zone). */
public final class Account {
    private final String accountId;
    private final OffsetDateTime asOf;
    private final ZoneId zone;
    private final String currency;
    private final int daysPastDue;
    private final BigDecimal overdueAmount;
    private final BigDecimal outstandingBalance;
    private final BigDecimal principalOutstanding;
    private final RiskGrade riskGrade;

    public Account(String accountId, OffsetDateTime asOf, ZoneId zone, String currency, int daysPastDue,
                   BigDecimal overdueAmount, BigDecimal outstandingBalance, BigDecimal principalOutstanding,
                   RiskGrade riskGrade) {
        this.accountId = accountId;
        this.asOf = asOf;
        this.zone = zone;
        this.currency = currency;
        this.daysPastDue = daysPastDue;
        this.overdueAmount = overdueAmount;
        this.outstandingBalance = outstandingBalance;
        this.principalOutstanding = principalOutstanding;
        this.riskGrade = riskGrade;
    }

    public String getAccountId() { return accountId; }
    public OffsetDateTime getAsOf() { return asOf; }
    public ZoneId getZone() { return zone; }
    public String getCurrency() { return currency; }
    public int getDaysPastDue() { return daysPastDue; }
    public BigDecimal getOverdueAmount() { return overdueAmount; }
    public BigDecimal getOutstandingBalance() { return outstandingBalance; }
    /** Unpaid principal, without interest and fees (rev. 2); null when core banking did not say. */
    public BigDecimal getPrincipalOutstanding() { return principalOutstanding; }
    public RiskGrade getRiskGrade() { return riskGrade; }

    /** The day the account fell due: the asOf date minus the days past due, in the customer's time zone. */
    public LocalDate getFellDueOn() {
        return asOf.atZoneSameInstant(zone).toLocalDate().minusDays(daysPastDue);
    }
}
