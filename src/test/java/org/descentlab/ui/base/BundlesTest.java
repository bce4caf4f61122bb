package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both languages of the window are whole: the same keys, the same placeholders, the Russian read as UTF-8. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @AfterEach
    void backToEnglish() {
        Text.use(Locale.ENGLISH);
    }

    @Test
    void everyKeyIsInBothBundles() throws IOException {
        Map<String, String> en = read("messages.properties");
        Map<String, String> ru = read("messages_ru.properties");
        TreeSet<String> missingInRussian = new TreeSet<>(en.keySet());
        missingInRussian.removeAll(ru.keySet());
        TreeSet<String> missingInEnglish = new TreeSet<>(ru.keySet());
        missingInEnglish.removeAll(en.keySet());
        assertEquals(new TreeSet<>(), missingInRussian, "keys with no Russian text");
        assertEquals(new TreeSet<>(), missingInEnglish, "Russian keys with no English text");
    }

    @Test
    void everyTextHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Map<String, String> en = read("messages.properties");
        Map<String, String> ru = read("messages_ru.properties");
        List<String> differ = new ArrayList<>();
        en.forEach((key, text) -> {
            if (ru.containsKey(key) && !placeholders(text).equals(placeholders(ru.get(key)))) {
                differ.add(key + ": " + placeholders(text) + " vs " + placeholders(ru.get(key)));
            }
        });
        assertEquals(List.of(), differ);
    }

    @Test
    void theRussianBundleIsReadAsUtf8AndSpeaksRussian() {
        Text.use(Locale.forLanguageTag("ru"));
        assertEquals("ru", Text.language());
        assertEquals("Файл", Text.get("menu.file"));
        assertEquals("Скорость обучения", Text.get("run.learningRate"));
        assertEquals("Сошёлся за 12 шагов (‖∇f‖ < 1e-6)", Text.format("status.converged", 12, 1e-6));
        Text.use(Locale.ENGLISH);
        assertEquals("en", Text.language());
        assertEquals("File", Text.get("menu.file"));
    }

    @Test
    void mostRussianTextsAreInCyrillic() throws IOException {
        // a text left in English in the Russian file is caught here unless it holds no words to translate
        Map<String, String> en = read("messages.properties");
        Map<String, String> ru = read("messages_ru.properties");
        List<String> english = new ArrayList<>();
        ru.forEach((key, text) -> {
            if (text.equals(en.get(key)) && text.matches(".*\\p{L}{4,}.*") && !CYRILLIC.matcher(text).find()
                    && !UNTRANSLATED.contains(key)) {
                english.add(key + "=" + text);
            }
        });
        assertEquals(List.of(), english);
    }

    /** Names, file names and words of specs, the same in both languages. */
    private static final List<String> UNTRANSLATED = List.of("window.title", "window.titleDirty", "export.nameLandscape",
            "export.nameChart", "export.nameWindow", "export.gif.name", "export.stepsFile", "export.resultsFile",
            "files.defaultName", "dialog.titleQuestion", "colormap.viridis", "colormap.magma", "colormap.inferno",
            "colormap.plasma", "colormap.cividis", "colormap.turbo", "results.pytorch", "results.keras", "run.label.keras",
            "convention.pytorch", "convention.keras", "convention.kerasShort", "schedule.prompt", "language.en", "run.label.batch",
            "view.xmin", "view.xmax", "view.ymin", "view.ymax", "keys.ends.keys", "keys.moveStart.keys", "keys.zoom.keys");

    @Test
    void theLanguageFollowsTheSystemUnlessOneIsChosen() {
        Locale russia = Locale.forLanguageTag("ru-RU");
        assertEquals("ru", Text.languageFor("", russia).getLanguage());
        assertEquals("en", Text.languageFor("", Locale.GERMANY).getLanguage());
        assertEquals("en", Text.languageFor("", Locale.US).getLanguage());
        assertEquals("en", Text.languageFor("en", russia).getLanguage());
        assertEquals("ru", Text.languageFor("ru", Locale.US).getLanguage());
        assertEquals("en", Text.languageFor("de", Locale.US).getLanguage(), "a language the window does not speak");
    }

    /** Which placeholders a text has; one may appear twice ("{0} × {0}"). */
    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    private static Map<String, String> read(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/descentlab/ui/" + file)) {
            assertTrue(in != null, file);
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }
}
