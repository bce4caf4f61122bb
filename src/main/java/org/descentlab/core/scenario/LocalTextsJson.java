package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.allow;
import static org.descentlab.core.scenario.JsonFields.object;
import static org.descentlab.core.scenario.JsonFields.string;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Obj;

/**
 * The shipped scenarios' titles and notes in a language other than English, kept apart from the scenario
 * files so that those stay one language for the command line and for every reader of the format:
 * {@code {"presets": {id: {"title": …, "notes": …}}, "lessons": {id: notes}}}, read strictly (no other
 * field, no blank text).
 */
public final class LocalTextsJson {

    private static final List<String> TOP_FIELDS = List.of("presets", "lessons");
    private static final List<String> PRESET_FIELDS = List.of("title", "notes");

    /**
     * A preset's title and notes in the language.
     *
     * @param title the picker's name
     * @param notes what it teaches
     */
    public record Titled(String title, String notes) {
    }

    /**
     * What a texts file holds.
     *
     * @param presets by preset id
     * @param lessons each lesson's scenario notes, by lesson id
     */
    public record Texts(Map<String, Titled> presets, Map<String, String> lessons) {
        public Texts {
            presets = Map.copyOf(presets);
            lessons = Map.copyOf(lessons);
        }

        /** No texts: everything stays English. */
        public static final Texts NONE = new Texts(Map.of(), Map.of());
    }

    /** The shipped file of Russian texts, beside the presets in {@code sample-functions/}. */
    public static final String RUSSIAN = "texts/ru.json";

    private LocalTextsJson() {
    }

    /**
     * The shipped texts in {@code language} ("ru"); none for English or a language with no file.
     *
     * @throws ScenarioException when the shipped file is there but does not read
     */
    public static Texts bundled(String language) throws ScenarioException {
        if (!"ru".equals(language)) {
            return Texts.NONE;
        }
        try (InputStream in = LocalTextsJson.class.getResourceAsStream("/sample-functions/" + RUSSIAN)) {
            if (in == null) {
                throw new ScenarioException(RUSSIAN + " is missing");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new ScenarioException("cannot read " + RUSSIAN + ": " + e.getMessage());
        }
    }

    /** @throws ScenarioException naming the line and the field that do not read */
    public static Texts read(byte[] content) throws ScenarioException {
        Obj top = object(JsonTree.parse(content), "the texts");
        allow(top, "the texts", TOP_FIELDS);
        Map<String, Titled> presets = new LinkedHashMap<>();
        Field p = top.fields().get("presets");
        if (p != null) {
            for (Field f : object(p.value(), "presets").fields().values()) {
                String path = "presets." + f.name();
                Obj o = object(f.value(), path);
                allow(o, path, PRESET_FIELDS);
                presets.put(f.name(), new Titled(text(o, "title", path), text(o, "notes", path)));
            }
        }
        Map<String, String> lessons = new LinkedHashMap<>();
        Field l = top.fields().get("lessons");
        if (l != null) {
            for (Field f : object(l.value(), "lessons").fields().values()) {
                lessons.put(f.name(), nonBlank(string(f.value(), "lessons." + f.name()), f.line(), "lessons." + f.name()));
            }
        }
        return new Texts(presets, lessons);
    }

    private static String text(Obj o, String name, String path) throws ScenarioException {
        Field f = o.fields().get(name);
        if (f == null) {
            throw new ScenarioException("line " + o.line() + ": " + path + "." + name + " is missing");
        }
        return nonBlank(string(f.value(), path + "." + name), f.line(), path + "." + name);
    }

    private static String nonBlank(String s, int line, String path) throws ScenarioException {
        if (s.isBlank()) {
            throw new ScenarioException("line " + line + ": " + path + " is blank");
        }
        return s;
    }
}
