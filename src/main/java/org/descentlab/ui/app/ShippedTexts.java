package org.descentlab.ui.app;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.Lessons;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.scenario.LocalTextsJson;
import org.descentlab.core.scenario.ScenarioException;

/**
 * The shipped presets and lessons as the window shows them: with their titles and notes in the window's
 * language where the shipped texts have them, English where not. The files themselves stay English.
 */
final class ShippedTexts {

    private ShippedTexts() {
    }

    /** The presets in {@code language}; a texts file that does not read is one more problem, and English stays. */
    static PresetLibrary.Loaded presets(PresetLibrary.Loaded english, String language) {
        LocalTextsJson.Texts texts;
        try {
            texts = LocalTextsJson.bundled(language);
        } catch (ScenarioException e) {
            List<String> problems = new ArrayList<>(english.problems());
            problems.add(LocalTextsJson.RUSSIAN + ": " + e.getMessage());
            return new PresetLibrary.Loaded(english.presets(), problems, english.failures());
        }
        List<Preset> presets = english.presets().stream().map(p -> {
            LocalTextsJson.Titled t = texts.presets().get(p.id());
            return t == null ? p : new Preset(p.id(), p.scenario().withTitle(t.title()).withNotes(t.notes()));
        }).toList();
        return new PresetLibrary.Loaded(presets, english.problems(), english.failures());
    }

    /** The lessons with their scenarios' notes in {@code language}; their titles and texts carry both languages. */
    static Lessons.Loaded lessons(Lessons.Loaded english, String language) {
        LocalTextsJson.Texts texts;
        try {
            texts = LocalTextsJson.bundled(language);
        } catch (ScenarioException e) {
            return english;
        }
        List<Lesson> lessons = english.lessons().stream().map(l -> {
            String notes = texts.lessons().get(l.id());
            if (notes == null) {
                return l;
            }
            // a lesson's scenario is titled by the lesson unless its file names it otherwise
            String title = l.scenario().title().equals(l.title().en()) ? l.title().in(language) : l.scenario().title();
            return new Lesson(l.id(), l.scenario().withNotes(notes).withTitle(title), l.title(), l.text(), l.goal(), l.hints(),
                    l.solution());
        }).toList();
        return new Lessons.Loaded(lessons, english.problems());
    }
}
