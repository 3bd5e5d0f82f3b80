package dev.collections.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The customer's latest promise to pay. */
public final class Promise {
    private final BigDecimal amount;
    private final LocalDate dueDate;
    private final PromiseStatus status;
    private final int daysUntilDue;

    public Promise(BigDecimal amount, LocalDate dueDate, PromiseStatus status, int daysUntilDue) {
        this.amount = amount;
        this.dueDate = dueDate;
        this.status = status;
        this.daysUntilDue = daysUntilDue;
    }

    public BigDecimal getAmount() { return amount; }
    public LocalDate getDueDate() { return dueDate; }
    public PromiseStatus getStatus() { return status; }
    /** Whole days from the assessment date to the due date: 0 when due today, negative once passed. */
    public int getDaysUntilDue() { return daysUntilDue; }
}
