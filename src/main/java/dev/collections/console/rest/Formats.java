package dev.collections.console.rest;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the console's templates write figures ({@code fmt:…}): a rate as a percentage, "-" for none. */
@TemplateExtension(namespace = "fmt")
public final class Formats {
    private Formats() {
    }

    /** 0.1234 → "12.34%"; null → "-". */
    static String percent(BigDecimal rate) {
        return rate == null ? "-" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
