package dev.collections.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Appends every decision to the record, with the facts it was made on. */
@ApplicationScoped
public class DecisionLog {
    /** Where the facts of a decision came from. */
    public enum Source { REQUEST, RECORD }

    private final ObjectMapper json;
    private final DecisionWriter writer;
    private final TransactionState transactions;

    public DecisionLog(ObjectMapper json, DecisionWriter writer, TransactionState transactions) {
        this.json = json;
        this.writer = writer;
        this.transactions = transactions;
    }

    /**
     * Stores the decision: in the caller's transaction when there is one (assessments from the record, which lock
     * the account first), else through the group-commit writer (stateless assessments, which write nothing else).
     * Either way it is committed before the caller answers.
     */
    public void append(AccountFacts facts, Assessment answer, Source source) {
        DecisionRecord record = row(facts, answer, source);
        if (transactions.isActive()) {
            record.persist();
        } else {
            writer.append(record);
        }
    }

    private DecisionRecord row(AccountFacts facts, Assessment answer, Source source) {
        DecisionRecord record = new DecisionRecord();
        record.assessmentId = answer.assessmentId();
        record.accountId = answer.accountId();
        record.assessedAt = answer.assessedAt();
        record.rulesetVersion = answer.rulesetVersion();
        record.stage = answer.stage().label();
        record.nextAction = answer.nextAction().type().name();
        record.source = source.name();
        record.facts = write(facts);
        record.response = write(answer);
        record.explanation = answer.nextAction().explanation() == null ? null
                : answer.nextAction().explanation().encode();
        if (answer.strategy() != null) {
            record.experimentId = answer.strategy().experiment();
            record.arm = answer.strategy().arm().name();
        }
        return record;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
