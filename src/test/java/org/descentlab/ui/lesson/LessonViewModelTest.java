package org.descentlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.descentlab.core.lesson.Lesson;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson followed, without a window: opened, edited towards its goal in the run editor, undone, closed. */
class LessonViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private LessonViewModel lessons;

    @BeforeEach
    void start() {
        app = fakes.app("learning-rate-story", dir);
        lessons = app.lessons();
    }

    private Lesson lesson(String id) {
        return lessons.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theGoalIsJudgedAfterEveryEditAndUndoingTheOpeningEndsTheLesson() {
        Lesson l = lesson("learning-rate");
        assertEquals("", lessons.open(l));
        assertSame(l, lessons.lessonProperty().get());
        assertEquals(4, app.experiment().scenario().runs().size());
        assertFalse(lessons.metProperty().get());
        String[] rates = {"0.01", "0.1", "0.2", "0.3"};
        for (int k = 0; k < rates.length; k++) {
            app.runs().select(k);
            assertTrue(app.editor().setParameter("lr", rates[k]));
            // the goal needs all four: met only with the last
            assertEquals(k == 3, lessons.metProperty().get(), "after run " + (k + 1));
        }
        app.experiment().undo();
        assertFalse(lessons.metProperty().get(), "run 4 back at 0.1 converges");
        // the edits, then the opening, undone: the learning-rate story has the same function but is no lesson
        while (app.experiment().canUndoProperty().get() && lessons.lessonProperty().get() != null) {
            app.experiment().undo();
        }
        assertNull(lessons.lessonProperty().get());
        assertEquals("The learning-rate story", app.experiment().scenario().title());
        assertFalse(lessons.metProperty().get());
    }

    @Test
    void hintsAreShownOneAtATimeAndNoFurtherThanThereAre() {
        lessons.showHint();
        assertEquals(0, lessons.hintsShownProperty().get(), "no lesson, no hint");
        lessons.open(lesson("momentum-valley"));
        for (int k = 1; k <= 5; k++) {
            lessons.showHint();
            assertEquals(Math.min(k, 3), lessons.hintsShownProperty().get());
        }
        lessons.open(lesson("first-descent"));
        assertEquals(0, lessons.hintsShownProperty().get(), "a lesson opened starts with its hints hidden");
    }

    @Test
    void aDatasetLessonOpensOnTheSampleItNamesAndABadOneChangesNothing() {
        assertEquals("", lessons.open(lesson("mini-batch-noise")));
        assertEquals("noisy-double-well.csv", app.experiment().scenario().data());
        assertEquals("mini-batch-noise", lessons.lessonProperty().get().id());
        String before = app.experiment().scenario().title();
        Lesson missing = lesson("mini-batch-noise");
        missing = new Lesson(missing.id(), missing.scenario().withData("../no-such.csv", missing.scenario().function()), missing.title(),
                missing.text(), missing.goal(), missing.hints(), missing.solution());
        String why = lessons.open(missing);
        assertTrue(why.contains("no-such.csv"), why);
        assertEquals("mini-batch-noise", lessons.lessonProperty().get().id(), "the lesson followed stays");
        assertEquals(before, app.experiment().scenario().title());
    }
}
