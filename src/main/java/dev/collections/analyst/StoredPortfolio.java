package dev.collections.analyst;

import dev.collections.account.AccountRecord;
import dev.collections.analyst.Simulator.PortfolioRow;
import dev.collections.assessment.RecordedAssessments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The accounts the service holds, read a page at a time (each page in a short transaction of its own). */
final class StoredPortfolio implements Iterator<PortfolioRow> {
    private static final int PAGE = 500;
    private final RecordedAssessments records;
    private final Deque<PortfolioRow> buffer = new ArrayDeque<>();
    private int page;
    private boolean exhausted;

    StoredPortfolio(RecordedAssessments records) {
        this.records = records;
    }

    @Override
    public boolean hasNext() {
        if (buffer.isEmpty() && !exhausted) {
            List<PortfolioRow> rows = QuarkusTransaction.requiringNew().call(() ->
                    AccountRecord.<AccountRecord>findAll(Sort.by("accountId")).page(Page.of(page, PAGE)).list()
                            .stream().map(a -> PortfolioRow.of("account " + a.accountId, records.recordedFacts(a)))
                            .toList());
            page++;
            exhausted = rows.size() < PAGE;
            buffer.addAll(rows);
        }
        return !buffer.isEmpty();
    }

    @Override
    public PortfolioRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }
}
