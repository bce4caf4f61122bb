package org.descentlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

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

    @Test
    void theNearestNameIsATypoOfItInAnyCaseAndNothingFarIs() {
        List<String> names = List.of("cosine", "cyclic", "step", "poly");
        assertEquals(Optional.of("cosine"), Texts.nearest("cosin", names));
        assertEquals(Optional.of("cosine"), Texts.nearest("COSNIE", names), "a swap is one edit");
        assertEquals(Optional.of("step"), Texts.nearest("stp", names));
        assertEquals(Optional.empty(), Texts.nearest("sp", names), "two edits are too many for a short word");
        assertEquals(Optional.empty(), Texts.nearest("warm", names));
        assertEquals(Optional.empty(), Texts.nearest("step", names), "a candidate is no typo");
        assertEquals(3, Texts.editDistance("kitten", "sitting"));
    }
}
