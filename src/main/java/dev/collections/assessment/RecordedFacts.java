package dev.collections.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.collections.account.AccountHistory;
import dev.collections.account.AccountRecord;
import dev.collections.account.AccountView;
import dev.collections.account.ArrangementRecord;
import dev.collections.account.CaseStatus;
import dev.collections.account.ComplaintRecord;
import dev.collections.account.DisputeRecord;
import dev.collections.account.HardshipCase;
import dev.collections.account.PromiseToPay;
import dev.collections.common.JsonSettings;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The facts of an account as its stored record gives them, with what a caller adds laid over them: fields given
 * replace the stored ones (objects field by field), contacts given are added to the stored ones.
 */
public final class RecordedFacts {
    private static final ObjectMapper JSON = JsonSettings.newMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private RecordedFacts() {
    }

    static AssessmentRequest of(AccountRecord a, int contactRoom) {
        return of(a, AccountHistory.load(a.accountId, contactRoom));
    }

    /** The facts the rules see for an account with this history (contacts: the history's, newest first). */
    public static AssessmentRequest of(AccountRecord a, AccountHistory history) {
        HardshipCase h = history.hardship();
        ArrangementRecord r = history.arrangement();
        DisputeRecord d = history.dispute();
        ComplaintRecord c = history.complaint();
        PromiseToPay p = history.promise();
        List<AssessmentRequest.ContactFacts> contacts = history.contacts().stream()
                .map(x -> new AssessmentRequest.ContactFacts(x.channel, x.contactedAt, x.outcome)).toList();
        return new AssessmentRequest(a.accountId, null, a.timezone, a.currency, a.daysPastDue, a.overdueAmount,
                a.outstandingBalance, a.riskGrade, AccountView.customer(a),
                h == null ? null : new AssessmentRequest.HardshipFacts(h.reason, h.status, h.temporary, h.declaredOn),
                r == null ? null : new AssessmentRequest.ArrangementFacts(r.type, r.status, r.signedOn,
                        r.missedInstallments, r.paymentInTransit, r.autodebitFailed, history.brokenArrangements()),
                d == null ? null : new AssessmentRequest.DisputeFacts(d.status == CaseStatus.OPEN, d.openedOn),
                c == null ? null : new AssessmentRequest.ComplaintFacts(c.status == CaseStatus.OPEN, c.viaRegulator,
                        c.openedOn),
                p == null ? null : new AssessmentRequest.PromiseFacts(p.amount, p.dueDate, p.status),
                contacts);
    }

    static AssessmentRequest merge(AssessmentRequest recorded, AssessmentRequest given) {
        if (given == null) {
            return recorded;
        }
        ObjectNode base = JSON.valueToTree(recorded);
        ObjectNode over = JSON.valueToTree(given);
        if (over.has("contacts") && base.has("contacts")) {
            ArrayNode all = ((ArrayNode) over.get("contacts")).deepCopy();
            all.addAll((ArrayNode) base.get("contacts"));
            over.set("contacts", all);
        }
        lay(base, over);
        try {
            return JSON.treeToValue(base, AssessmentRequest.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The facts could not be combined");
        }
    }

    private static void lay(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getValue().isObject() && base.get(field.getKey()) instanceof ObjectNode existing) {
                lay(existing, (ObjectNode) field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }
}
