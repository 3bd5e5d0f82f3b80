package dev.collections.console;

import java.util.Locale;

/**
 * The console's two languages: English and Simplified Chinese. A page is in the language the user chose (the
 * {@code lang} cookie, set by the switch on every page), else the first of the browser's languages it knows.
 */
public final class ConsoleLocale {
    public static final String COOKIE = "collections-lang";
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final Locale CHINESE = Locale.forLanguageTag("zh");

    private ConsoleLocale() {
    }

    /** {@code en} or {@code zh} from the switch, else null. */
    public static Locale named(String lang) {
        if ("zh".equals(lang)) {
            return CHINESE;
        }
        return "en".equals(lang) ? ENGLISH : null;
    }

    public static Locale of(String chosen, String acceptLanguage) {
        Locale named = named(chosen);
        if (named != null) {
            return named;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("zh")) {
                        return CHINESE;
                    }
                    if (tag.startsWith("en")) {
                        return ENGLISH;
                    }
                }
            } catch (IllegalArgumentException e) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    public static String other(Locale locale) {
        return CHINESE.equals(locale) ? "en" : "zh";
    }
}
