package org.descentlab.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Behaviour.Region;
import org.descentlab.core.scenario.LessonJson;
import org.descentlab.core.scenario.ScenarioException;
import org.descentlab.core.scenario.ScenarioJson;

import org.junit.jupiter.api.Test;

/** Lesson files: format 3 scenario files with a lesson, read strictly. */
class LessonJsonTest {

    private static final String TEXT = "{\"en\": \"Go\", \"ru\": \"Вперёд\"}";

    private static String file(int format, String lesson) {
        return "{\"format\": " + format + ",\n\"function\": \"x^2 + y^2\",\n\"runs\": [\"gd lr=0.1\"],\n\"lesson\": " + lesson + "}";
    }

    private static LessonJson.Read read(String json) throws ScenarioException {
        return LessonJson.read(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static String refused(String json) {
        return assertThrows(ScenarioException.class, () -> read(json)).getMessage();
    }

    @Test
    void aLessonReadsItsTextsGoalHintsAndSolution() throws ScenarioException {
        Lesson l = read(file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT + ",\n"
                + "\"goal\": {\"kind\": \"all\", \"of\": [{\"kind\": \"reach\", \"run\": 1, \"below\": 0.001, \"within\": 50},"
                + " {\"kind\": \"ends-in\", \"run\": 1, \"target\": [1, 2], \"within\": 0.5},"
                + " {\"kind\": \"not\", \"of\": {\"kind\": \"behaves\", \"run\": 1, \"as\": \"diverges\"}}]},\n"
                + "\"hints\": [{\"text\": " + TEXT + "}, {\"text\": " + TEXT + ", \"check\": {\"runs\": [\"gd lr=2\"],"
                + " \"holds\": {\"kind\": \"beats\", \"run\": 2, \"other\": 1, \"sameRate\": true}}}],\n"
                + "\"solution\": [\"gd lr=0.2\"]}")).lesson();
        assertEquals("test", l.id());
        assertEquals("Вперёд", l.text().in("ru"));
        assertEquals("Go", l.text().in("de"));
        assertEquals("Go", l.scenario().title());
        assertEquals(new Goal.All(List.of(new Goal.Reach(1, 0.001, 50), new Goal.EndsIn(1, Goal.Target.POINT, new Vec2(1, 2), 0.5),
                new Goal.Not(new Goal.Behaves(1, Region.DIVERGES)))), l.goal());
        assertNull(l.hints().get(0).check());
        assertEquals(new Hint.Check(List.of("gd lr=2"), new Goal.Beats(2, 1, true)), l.hints().get(1).check());
        assertEquals(0.2, l.solved().runs().get(0).optimizer().parameters().get("lr"));
    }

    @Test
    void aPlainReadOfALessonFileIsItsScenario() throws ScenarioException {
        String json = file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT + ", \"goal\": {\"kind\": \"behaves\", \"run\": 1, \"as\": \"converges\"}}");
        assertEquals("x^2 + y^2", ScenarioJson.read(json).scenario().function());
        // what the app writes back holds no lesson, so it keeps the oldest format
        assertEquals(true, ScenarioJson.write(ScenarioJson.read(json).scenario()).contains("\"format\": 1"));
    }

    @Test
    void brokenLessonsAreRefusedNamingTheLineAndField() {
        String goal = "\"goal\": {\"kind\": \"reach\", \"run\": 1, \"below\": 1, \"within\": 5}";
        assertEquals("line 4: 'lesson' needs format 3, the file says 2",
                refused(file(2, "{\"title\": " + TEXT + ", \"text\": " + TEXT + ", " + goal + "}")));
        assertEquals("line 1: 'lesson' is missing: a lesson file has a \"lesson\" object",
                refused("{\"format\": 3, \"function\": \"x\"}"));
        assertEquals("line 4: lesson.text is missing: what to do and what to notice",
                refused(file(3, "{\"title\": " + TEXT + ", " + goal + "}")));
        assertEquals("line 4: lesson.text.ru is missing: the Russian text",
                refused(file(3, "{\"title\": " + TEXT + ", \"text\": {\"en\": \"Go\"}, " + goal + "}")));
        assertEquals("line 4: lesson.goal.kind 'arrive' is not one of reach, beats, ends-in, ends-apart, behaves, all or not",
                refused(file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT + ", \"goal\": {\"kind\": \"arrive\"}}")));
        assertEquals("line 4: 'other' is not a field of a reach goal (the fields are kind, run, below, within)",
                refused(file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT
                        + ", \"goal\": {\"kind\": \"reach\", \"run\": 1, \"other\": 2, \"below\": 1, \"within\": 5}}")));
        assertEquals("line 4: lesson.goal: a run is numbered 1 to 8, got 9",
                refused(file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT
                        + ", \"goal\": {\"kind\": \"behaves\", \"run\": 9, \"as\": \"diverges\"}}")));
        assertEquals("line 4: lesson.goal.as 'explodes' is not one of too-slow, converges, oscillates or diverges",
                refused(file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT
                        + ", \"goal\": {\"kind\": \"behaves\", \"run\": 1, \"as\": \"explodes\"}}")));
        String bad = refused(file(3, "{\"title\": " + TEXT + ", \"text\": " + TEXT + ", " + goal + ", \"solution\": [\"gdd lr=1\"]}"));
        assertEquals(true, bad.startsWith("line 4: lesson.solution[0]: run 'gdd lr=1': unknown optimizer 'gdd'"), bad);
    }
}
