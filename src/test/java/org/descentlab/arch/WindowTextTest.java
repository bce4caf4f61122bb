package org.descentlab.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Text;

import org.junit.jupiter.api.Test;

/**
 * Groundwork for a second language: every word the window shows comes from the resource bundle. A
 * string literal with a word in it, anywhere in the window's code, must be a bundle key or one of the
 * few technical kinds of text (ids, key combinations, file patterns, property and thread names).
 */
class WindowTextTest {

    private static final Path UI = Path.of("src/main/java/org/descentlab/ui");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Calls whose text argument is technical, not shown as it is. */
    private static final Pattern TECHNICAL_CALL = Pattern.compile("(setId|Text\\.get|Text\\.getOr|Text\\.format|keyCombination"
            + "|getResource|getPseudoClass|System\\.getProperty|Font\\.font|ImageIO\\.write\\([a-z]+,|new Thread\\(r,"
            + "|new (Simple|ReadOnly)\\w*(Property|Wrapper)(<[^>]*>)?\\(this,)\\s*\\(?\\s*$");
    /** Key combinations ("shortcut+shift+S"), file patterns ("*.json") and the tails of bundle keys (".description"). */
    private static final Pattern TECHNICAL_TEXT = Pattern.compile("((shortcut|shift|alt|ctrl)\\+)+[A-Z0-9]|\\*.*|\\.[a-zA-Z]+");
    /** Files that hold names, not words: style classes, colours, storage keys, the number formatter. */
    private static final Set<String> TECHNICAL_FILES = Set.of("Styles.java", "Palette.java", "Text.java", "Numbers.java",
            "ConfigFolder.java", "SessionStore.java", "SettingsStore.java", "LegacyPreferences.java", "AppSettings.java",
            "HeadlessFx.java");

    @Test
    void theWindowHoldsNoLiteralTextOnlyKeysOfTheBundle() throws IOException {
        ResourceBundle bundle = Text.bundle();
        Set<String> names = new HashSet<>();
        for (OptimizerType t : Optimizers.all()) {
            t.parameters().stream().map(ParameterSpec::name).forEach(names::add);
        }
        List<String> offenders = new ArrayList<>();
        for (Path p : sources()) {
            if (TECHNICAL_FILES.contains(p.getFileName().toString())) {
                continue;
            }
            String code = Files.readString(p);
            for (Literal l : literals(code)) {
                if (!WORD.matcher(l.text()).find() || bundle.containsKey(l.text()) || isKeyPrefix(bundle, l.text())
                        || names.contains(l.text()) || TECHNICAL_TEXT.matcher(l.text()).matches()) {
                    continue;
                }
                String before = code.substring(Math.max(0, l.start() - 80), l.start());
                if (!TECHNICAL_CALL.matcher(before).find()) {
                    offenders.add(p.getFileName() + ":" + line(code, l.start()) + " \"" + l.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), offenders, "put these in messages.properties and ask Text for them");
    }

    @Test
    void everyKeyTheWindowAsksForIsInTheBundle() throws IOException {
        ResourceBundle bundle = Text.bundle();
        Pattern call = Pattern.compile("Text\\.(get|format)\\(\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path p : sources()) {
            var m = call.matcher(Files.readString(p));
            while (m.find()) {
                String key = m.group(2);
                if (!bundle.containsKey(key) && !isKeyPrefix(bundle, key)) {
                    missing.add(p.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
        for (ScaleChoice s : ScaleChoice.values()) {
            assertTrue(bundle.containsKey("scale." + s.id()), s.id());
        }
        for (LineStyle s : LineStyle.values()) {
            assertTrue(bundle.containsKey("line." + s.id()), s.id());
        }
        for (int c = 0; c < RunSettings.COLOURS; c++) {
            assertTrue(bundle.containsKey("colour." + c), "colour " + c);
        }
    }

    @Test
    void theScanWouldCatchALiteralLabel() {
        String code = "var b = new Button(\"Play now\"); b.setId(\"play\"); Text.get(\"menu.file\"); // \"not code\"\n"
                + "char c = '\"'; String s = \"a \\\"quoted\\\" word\";";
        List<String> texts = literals(code).stream().map(Literal::text).toList();
        assertEquals(List.of("Play now", "play", "menu.file", "a \\\"quoted\\\" word"), texts);
        assertTrue(TECHNICAL_CALL.matcher("b.setId(").find());
        assertTrue(!TECHNICAL_CALL.matcher("new Button(").find());
    }

    private static boolean isKeyPrefix(ResourceBundle bundle, String text) {
        return text.endsWith(".") && bundle.keySet().stream().anyMatch(k -> k.startsWith(text));
    }

    private record Literal(int start, String text) {
    }

    /** String literals outside comments and char literals, with where each starts. */
    private static List<Literal> literals(String code) {
        List<Literal> out = new ArrayList<>();
        int k = 0;
        while (k < code.length()) {
            char c = code.charAt(k);
            if (c == '/' && k + 1 < code.length() && code.charAt(k + 1) == '/') {
                k = code.indexOf('\n', k);
                k = k < 0 ? code.length() : k;
            } else if (c == '/' && k + 1 < code.length() && code.charAt(k + 1) == '*') {
                k = code.indexOf("*/", k + 2) + 2;
            } else if (c == '\'') {
                k = skipQuoted(code, k, '\'');
            } else if (c == '"') {
                int end = skipQuoted(code, k, '"');
                out.add(new Literal(k, code.substring(k + 1, end - 1)));
                k = end;
            } else {
                k++;
            }
        }
        return out;
    }

    private static int skipQuoted(String code, int start, char quote) {
        int k = start + 1;
        while (k < code.length() && code.charAt(k) != quote) {
            k += code.charAt(k) == '\\' ? 2 : 1;
        }
        return k + 1;
    }

    private static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(UI)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
