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

    private Account(Builder b) {
        this.accountId = b.accountId;
        this.asOf = b.asOf;
        this.zone = b.zone;
        this.currency = b.currency;
        this.daysPastDue = b.daysPastDue;
        this.overdueAmount = b.overdueAmount;
        this.outstandingBalance = b.outstandingBalance;
        this.principalOutstanding = b.principalOutstanding;
        this.riskGrade = b.riskGrade;
    }

    public static Builder builder() {
        return new Builder();
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

    /** Builds the fact by name (rules.Facts builds it from the account model). */
    public static final class Builder {
        private String accountId;
        private OffsetDateTime asOf;
        private ZoneId zone;
        private String currency;
        private int daysPastDue;
        private BigDecimal overdueAmount;
        private BigDecimal outstandingBalance;
        private BigDecimal principalOutstanding;
        private RiskGrade riskGrade;

        private Builder() {
        }

        public Builder accountId(String value) { accountId = value; return this; }
        public Builder asOf(OffsetDateTime value) { asOf = value; return this; }
        public Builder zone(ZoneId value) { zone = value; return this; }
        public Builder currency(String value) { currency = value; return this; }
        public Builder daysPastDue(int value) { daysPastDue = value; return this; }
        public Builder overdueAmount(BigDecimal value) { overdueAmount = value; return this; }
        public Builder outstandingBalance(BigDecimal value) { outstandingBalance = value; return this; }
        public Builder principalOutstanding(BigDecimal value) { principalOutstanding = value; return this; }
        public Builder riskGrade(RiskGrade value) { riskGrade = value; return this; }

        public Account build() {
            return new Account(this);
        }
    }
}
