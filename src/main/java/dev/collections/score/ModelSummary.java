package dev.collections.score;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A stored model without its bytes and report: what a list of models shows. */
public record ModelSummary(Long id, String version, String sha256, String source, String target, BigDecimal auc,
                           BigDecimal calibrationError, String trainedBy, OffsetDateTime trainedAt) {
}
