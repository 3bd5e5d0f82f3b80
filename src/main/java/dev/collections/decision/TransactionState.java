package dev.collections.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/** Whether the calling thread is inside a JTA transaction. */
@ApplicationScoped
public class TransactionState {
    private final TransactionManager transactions;

    public TransactionState(TransactionManager transactions) {
        this.transactions = transactions;
    }

    public boolean isActive() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return false;
        }
    }
}
