package org.descentlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void controlAndInvisibleCharactersAreShownEscapedAndTheRestKept() {
        assertEquals("a\\u001B[31mb\\n\\r\\t\\u0007\\u007F\\u0085\\u202Ec\\u2028\\u200B",
                Texts.escapeControls("a\u001B[31mb\n\r\t\u0007\u007F\u0085\u202Ec\u2028\u200B"));
        String plain = "x² − ∇f · (1, 2) é 中 \\n";
        assertSame(plain, Texts.escapeControls(plain));
    }

    @Test
    void everyKindOfSpaceIsASpace() {
        for (char c : "\u0020\t\n\u000B\u00A0\u1680\u2000\u2007\u2009\u200A\u200B\u2028\u202F\u205F\u2060\u3000\uFEFF".toCharArray()) {
            assertTrue(Texts.isSpace(c), String.format("U+%04X", (int) c));
        }
        assertEquals("a b  c ", Texts.plainSpaces("a\u2009b\u00A0\u3000c\uFEFF"));
        assertEquals("a\u2009b", Texts.strip("\u3000 a\u2009b\u00A0\t"));
        assertEquals("", Texts.strip("\u2009"));
    }
}
