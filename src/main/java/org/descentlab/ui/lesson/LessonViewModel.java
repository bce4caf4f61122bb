package org.descentlab.ui.lesson;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;

import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.Lessons;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * The lesson being followed, if any: opening one loads its scenario (undo brings back what was there), its goal
 * is checked against the runs after every change, and its hints are revealed one by one. The lesson ends when
 * it is closed, or when the function or the title is no longer its own (another preset, a file, undo past its
 * opening).
 */
public final class LessonViewModel {

    private final Experiment experiment;
    private final RunsViewModel runs;
    private final List<Lesson> lessons;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyBooleanWrapper met = new ReadOnlyBooleanWrapper(this, "met", false);
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper(this, "hintsShown", 0);

    public LessonViewModel(Experiment experiment, RunsViewModel runs, Lessons.Loaded library) {
        this.experiment = experiment;
        this.runs = runs;
        this.lessons = library.lessons();
        // the runs are recomputed on every change that moves a path: the goal is judged on what is drawn
        runs.items().addListener((ListChangeListener<RunItem>) c -> check());
        experiment.scenarioProperty().addListener((o, was, now) -> {
            Lesson l = lesson.get();
            if (l != null && !(now.function().equals(l.scenario().function()) && now.title().equals(l.scenario().title()))) {
                close();
            }
        });
    }

    /** The lessons shipped, in the order of the story. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /**
     * Opens a lesson: its scenario replaces the experiment's, its first hint hidden.
     *
     * @return "" when it opened; otherwise why not (a dataset lesson whose CSV does not read)
     */
    public String open(Lesson l) {
        Scenario loaded = Experiment.withARun(Lessons.sampleData(l.scenario())).withPlayhead(0);
        Lesson was = lesson.get();
        // the lesson first, so that the change it makes does not close it
        lesson.set(l);
        try {
            experiment.update(x -> loaded, Experiment.Change.LOAD);
        } catch (IllegalArgumentException e) {
            lesson.set(was);
            return e.getMessage();
        }
        hintsShown.set(0);
        check();
        return "";
    }

    /** Shows the next hint, if there is one. */
    public void showHint() {
        Lesson l = lesson.get();
        if (l != null && hintsShown.get() < l.hints().size()) {
            hintsShown.set(hintsShown.get() + 1);
        }
    }

    /** Stops following the lesson; the experiment stays as it is. */
    public void close() {
        lesson.set(null);
        hintsShown.set(0);
        met.set(false);
    }

    /** The language lesson texts are shown in: the window's. */
    public static String language() {
        return Text.bundle().getLocale().getLanguage();
    }

    private void check() {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        Scenario s = experiment.scenario();
        List<RunItem> items = runs.items();
        // the items follow the scenario's runs; while they are being recomputed they may not match yet
        met.set(items.size() == s.runs().size() && l.goal().met(s, items.stream().map(RunItem::trajectory).toList()));
    }

    /** The lesson followed, or null. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** Whether the runs meet the lesson's goal now. */
    public ReadOnlyBooleanProperty metProperty() {
        return met.getReadOnlyProperty();
    }

    /** How many of its hints are revealed. */
    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }
}
