package dev.collections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lists' cells written straight to the file are the cells {@link Csv#quote} gives, quote for quote. */
class CsvWriteTest {
    private static final String ALPHABET = "ab,\"\n\r 中，“”'=";

    @Test
    void writingACellGivesWhatQuotingGave() throws IOException {
        Random random = new Random(29);
        String[] edges = {null, "", ",", "\"", "\"\"", "a\"", "\"a", "a,b", "line\nbreak", "cr\r", "plain", "逗号，全角"};
        assertEquals("", Csv.quote(null));
        assertEquals("plain", Csv.quote("plain"));
        assertEquals("\"a,b\"", Csv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
        assertEquals("\"line\nbreak\"", Csv.quote("line\nbreak"));
        assertEquals("逗号，全角", Csv.quote("逗号，全角"), "a full-width comma is no separator");
        for (String cell : edges) {
            assertEquals(Csv.quote(cell), written(cell), String.valueOf(cell));
        }
        for (int i = 0; i < 20_000; i++) {
            StringBuilder cell = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                cell.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertEquals(Csv.quote(cell.toString()), written(cell.toString()), cell.toString());
        }
    }

    private static String written(String cell) throws IOException {
        StringWriter out = new StringWriter();
        Csv.write(out, cell);
        return out.toString();
    }
}
