package org.descentlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.Lessons;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;

import org.junit.jupiter.api.Test;

/** The shipped Russian titles and notes: one for every preset and lesson, with the English notes' numbers. */
class LocalTextsJsonTest {

    /** A number, its decimal mark a point or (in Russian) a comma with a digit on both sides. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    @Test
    void everyPresetAndLessonHasRussianTexts() throws ScenarioException {
        LocalTextsJson.Texts ru = LocalTextsJson.bundled("ru");
        List<String> presets = PresetLibrary.bundled().presets().stream().map(Preset::id).sorted().toList();
        assertEquals(presets, ru.presets().keySet().stream().sorted().toList());
        List<String> lessons = Lessons.bundled().lessons().stream().map(Lesson::id).sorted().toList();
        assertEquals(lessons, ru.lessons().keySet().stream().sorted().toList());
        assertEquals(LocalTextsJson.Texts.NONE, LocalTextsJson.bundled("en"));
    }

    @Test
    void theRussianNotesStateTheSameNumbers() throws ScenarioException {
        LocalTextsJson.Texts ru = LocalTextsJson.bundled("ru");
        List<String> differ = new ArrayList<>();
        for (Preset p : PresetLibrary.bundled().presets()) {
            String notes = ru.presets().get(p.id()).notes();
            if (!numbers(p.scenario().notes()).equals(numbers(notes))) {
                differ.add(p.id() + ": " + numbers(p.scenario().notes()) + " vs " + numbers(notes));
            }
            assertTrue(notes.matches("(?s).*\\p{IsCyrillic}.*"), p.id());
        }
        for (Lesson l : Lessons.bundled().lessons()) {
            if (!numbers(l.scenario().notes()).equals(numbers(ru.lessons().get(l.id())))) {
                differ.add(l.id());
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theFileIsReadStrictly() {
        assertTrue(message("{\"preset\": {}}").startsWith("line 1: 'preset' is not a field of the texts"));
        assertTrue(message("{\"presets\": {\"booth\": {\"title\": \"Бут\"}}}").contains("presets.booth.notes is missing"));
        assertTrue(message("{\"presets\": {\"booth\": {\"title\": \" \", \"notes\": \"n\"}}}").contains("presets.booth.title is blank"));
        assertTrue(message("{\"lessons\": {\"x\": 3}}").contains("lessons.x"));
    }

    private static String message(String json) {
        return assertThrows(ScenarioException.class, () -> LocalTextsJson.read(json.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    private static List<Double> numbers(String text) {
        List<Double> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(Double.parseDouble(m.group().replace(',', '.')));
        }
        return found.stream().sorted().toList();
    }
}
