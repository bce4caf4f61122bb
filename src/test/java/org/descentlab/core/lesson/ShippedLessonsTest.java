package org.descentlab.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Behaviour.Region;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.scenario.Scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seven shipped lessons say only what is true: each starts with its goal not met, its solution meets it,
 * and every hint's statement of fact holds when its runs are run.
 */
class ShippedLessonsTest {

    static Stream<Lesson> lessons() {
        return Lessons.bundled().lessons().stream();
    }

    @Test
    void theSevenLessonsLoadInTheOrderOfTheStory() {
        Lessons.Loaded loaded = Lessons.bundled();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("first-descent", "learning-rate", "local-minima", "momentum-valley", "adaptive-methods",
                "mini-batch-noise", "global-minimum-myth"), loaded.lessons().stream().map(Lesson::id).toList());
        assertTrue(loaded.byId("mini-batch-noise").orElseThrow().scenario().isDataset());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theGoalIsNotMetAtTheStart(Lesson lesson) {
        assertFalse(Lessons.met(lesson.goal(), lesson.scenario()), lesson.id() + ": " + lesson.goal().describe());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theSolutionMeetsTheGoal(Lesson lesson) {
        assertFalse(lesson.solution().isEmpty(), lesson.id());
        assertTrue(Lessons.met(lesson.goal(), lesson.solved()), lesson.id() + ": " + lesson.goal().describe());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyHintsFactHoldsWhenItsRunsAreRun(Lesson lesson) {
        ScalarField field = Lessons.landscape(lesson.scenario());
        for (Hint hint : lesson.hints()) {
            if (hint.check() != null) {
                Scenario s = Lesson.apply(lesson.scenario(), hint.check().runs());
                assertTrue(hint.check().holds().met(s, Lessons.run(s, field)), lesson.id() + ": " + hint.text().en()
                        + " (checked as: " + hint.check().holds().describe() + ")");
            }
        }
    }

    @Test
    void whatTheTextsSayOfTheStartHolds() {
        // "run 1 (Adam, from the origin) ends at (3, 2), and so does run 2, from (1, 1)"
        assertStart("local-minima", new Goal.All(List.of(new Goal.EndsIn(1, Goal.Target.POINT, new Vec2(3, 2), 0.1),
                new Goal.EndsIn(2, Goal.Target.POINT, new Vec2(3, 2), 0.1))));
        // "both at lr 0.4, and plain descent converges first"
        assertStart("momentum-valley", new Goal.Beats(2, 1, true));
        // "the full batch ... settles in the shallow left-hand well"
        assertStart("mini-batch-noise", new Goal.EndsIn(1, Goal.Target.LOCAL, null, 0.5));
        // "from (1, 1), run 1 does reach the origin"
        assertStart("global-minimum-myth", new Goal.EndsIn(1, Goal.Target.POINT, new Vec2(0, 0), 0.01));
        // "run 1 is plain descent at about the largest learning rate that does not diverge": 0.19 of 2/10
        assertStart("adaptive-methods", new Goal.Not(new Goal.Behaves(1, Region.DIVERGES)));
    }

    private static void assertStart(String id, Goal holds) {
        Lesson l = Lessons.bundled().byId(id).orElseThrow();
        assertTrue(Lessons.met(holds, l.scenario()), id + ": " + holds.describe());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void eachHasATextAndHintsInBothLanguages(Lesson lesson) {
        assertTrue(lesson.hints().size() >= 2, lesson.id());
        assertTrue(lesson.hints().stream().anyMatch(h -> h.check() != null), lesson.id());
        // Russian is written in Cyrillic, not left in English
        assertTrue(lesson.text().ru().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
        assertTrue(lesson.title().ru().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
        for (Hint h : lesson.hints()) {
            assertTrue(h.text().ru().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    h.text().en());
        }
        assertEquals(lesson.title().en(), lesson.scenario().title());
    }
}
