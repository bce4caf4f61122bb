package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Numbers in a language with a decimal comma: shown with a comma, typed with either mark. */
class RussianNumbersTest {

    @AfterEach
    void backToEnglish() {
        Text.use(Locale.ENGLISH);
    }

    @Test
    void russianShowsADecimalComma() {
        Text.use(Locale.forLanguageTag("ru"));
        assertEquals("0,125", Numbers.label(0.125));
        assertEquals("2,5e7", Numbers.label(2.5e7));
        assertEquals("-3,14e-4", Numbers.label(-3.14159e-4));
        assertEquals("1000", Numbers.label(1000));
        assertEquals("0,05", Numbers.exact(0.05));
        assertEquals("1e-8", Numbers.exact(1e-8));
        assertEquals("(0,5; -1)", Numbers.pair(0.5, -1), "a semicolon parts numbers written with commas");
        assertEquals("шаг 3: lr 0,01", Text.format("schedule.caption", 3, 0.01));
    }

    @Test
    void englishKeepsThePoint() {
        assertEquals("0.125", Numbers.label(0.125));
        assertEquals("0.05", Numbers.exact(0.05));
        assertEquals("(0.5, -1)", Numbers.pair(0.5, -1));
    }

    @Test
    void aTypedNumberReadsWithAPointOrACommaInEitherLanguage() {
        for (String language : new String[] {"en", "ru"}) {
            Text.use(Locale.forLanguageTag(language));
            assertEquals(0.05, Numbers.parse("0,05"), language);
            assertEquals(0.05, Numbers.parse(" 0.05 "), language);
            assertEquals(-1.5e-3, Numbers.parse("-1,5e-3"), language);
            assertEquals(0.1 + 0.2, Numbers.parse(Numbers.exact(0.1 + 0.2)), language + ": the field's own text reads back");
            assertEquals(2.5, Numbers.finite("x", "2,5"), language);
        }
    }

    @Test
    void textThatIsNoNumberWithEitherMarkIsRefused() {
        assertThrows(NumberFormatException.class, () -> Numbers.parse("1,2,3"));
        assertThrows(NumberFormatException.class, () -> Numbers.parse("1.2,3"));
        assertEquals("1,2,3", Numbers.typed("1,2,3"), "only a lone comma is a decimal mark");
        assertEquals("x must be a number, got '1,2,3'",
                assertThrows(IllegalArgumentException.class, () -> Numbers.finite("x", "1,2,3")).getMessage());
    }
}
