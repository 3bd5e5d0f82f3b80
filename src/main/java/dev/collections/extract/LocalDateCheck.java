package dev.collections.extract;

import dev.collections.common.Violations;
import java.time.LocalDate;

/** A closing date cannot come before its opening date. */
final class LocalDateCheck {
    private LocalDateCheck() {
    }

    static void order(Violations v, String field, LocalDate opened, LocalDate closed) {
        v.moment(field, closed);
        if (opened != null && closed != null) {
            v.check(!closed.isBefore(opened), field, "must not be before the opening date");
        }
    }
}
