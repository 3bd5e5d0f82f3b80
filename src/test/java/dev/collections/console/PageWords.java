package dev.collections.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The words a person reads on a console page, and those that are not in the page's language. What the page marks
 * as not to be translated ({@code translate="no"}: account ids, rule-set versions, user names, file names) and
 * what it marks as written in another language ({@code lang}: the language switch, an analyst's own text such as a
 * scenario's name) are left out, as are tooltips (attributes are not text). In Chinese, a run of three or more Latin
 * letters is a finding; in English, a Chinese character, a code ({@code PROMISE_PENDING}, {@code REPORT}) or a
 * field name ({@code cureRate}).
 */
final class PageWords {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[a-z]+[A-Z][A-Za-z]*\\b");
    /** Codes of one word a person would otherwise read as English. */
    private static final Set<String> SINGLE_WORD_CODES = Set.of("NONE", "CALL", "REPORT", "HOLD", "CHAMPION",
            "CHALLENGER", "ACTIVE", "SUSPENDED", "ENDED", "RUNNING", "STOPPED", "PROMOTED", "COMPLETED", "OPEN",
            "CLOSED", "PENDING", "KEPT", "BROKEN", "DECLARED", "VERIFIED", "REJECTED", "DELIVERED", "CONTACTED",
            "REFUSED", "FULL", "DELTA", "TRIAGE", "REQUEST", "RECORD", "LOW", "MEDIUM", "HIGH", "LETTER", "CAPACITY",
            "PLACE", "PLACED", "RECALL", "FAILED", "WAITING", "DONE", "ACTIVATED", "UNCHANGED", "ADDED", "REMOVED",
            "CHANGED", "INSTALLMENT", "DEFERRAL", "UNEMPLOYMENT", "OTHER", "CASH", "CARD", "AGENCY", "PAID");

    private PageWords() {
    }

    /** The text of the page as a person reads it, without what is marked untranslatable or in another language. */
    static String read(WebDriver browser, String language) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('script, style, [translate=no], svg title').forEach(e => e.remove());
                copy.querySelectorAll('[lang]').forEach(e => {
                  if (!e.getAttribute('lang').startsWith(arguments[0])) { e.remove(); } });
                copy.querySelectorAll('input, textarea').forEach(e => e.replaceWith(' '));
                copy.querySelectorAll('*').forEach(e => e.append(' '));
                return copy.textContent.replace(/\\s+/g, ' ');""", language);
    }

    /** The words of {@code text} that are not in {@code language} (zh or en), each with a little context. */
    static List<String> foreign(String text, String language) {
        List<String> found = new ArrayList<>();
        if (language.equals("zh")) {
            collect(LATIN.matcher(text), text, found);
        } else {
            collect(CHINESE.matcher(text), text, found);
            collect(CODE.matcher(text), text, found);
            Matcher word = Pattern.compile("\\b[A-Z]{3,}\\b").matcher(text);
            while (word.find()) {
                if (SINGLE_WORD_CODES.contains(word.group())) {
                    found.add(context(text, word));
                }
            }
        }
        return found;
    }

    private static void collect(Matcher m, String text, List<String> found) {
        while (m.find()) {
            found.add(context(text, m));
        }
    }

    /** At most {@code n} findings, one per word, to keep a failure readable. */
    static List<String> firstDistinct(List<String> found, int n) {
        java.util.Map<String, String> byWord = new java.util.LinkedHashMap<>();
        for (String f : found) {
            byWord.putIfAbsent(f.substring(0, f.indexOf("\" in")), f);
        }
        return byWord.values().stream().limit(n).toList();
    }

    private static String context(String text, Matcher m) {
        return "\"" + m.group() + "\" in …" + text.substring(Math.max(0, m.start() - 30),
                Math.min(text.length(), m.end() + 30)) + "…";
    }
}
