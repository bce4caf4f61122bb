package org.descentlab.ui.runs;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.ScheduleEnd;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.optim.schedule.Scheduler;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The selected run's learning-rate schedule: its text as typed ({@code cosine(t_max=200) warmup=10}), and the
 * rate of every update of the run as drawn, with the update at the playhead. Text is checked as it is typed and
 * set when the field commits it; text that does not read sets the error (naming the schedule, parameter or value)
 * and changes nothing, so the path keeps the last good schedule. The rates are the run's own: a schedule that reads the loss is stepped with the run's f.
 */
public final class ScheduleViewModel {

    /**
     * The selected run's schedule with its place in the list, told together.
     *
     * @param index    the run's place in the list
     * @param schedule its schedule
     */
    public record Shown(int index, Schedule schedule) {
    }

    /**
     * What the chart draws.
     *
     * @param rates   the rate of updates 1..K of the run; empty without a schedule
     * @param step    the update at the playhead, 1..K (the first while at step 0)
     * @param caption the step and its rate, in words
     * @param colour  the run's path colour
     */
    public record Curve(double[] rates, int step, String caption, int colour) {
        static final Curve NONE = new Curve(new double[0], 0, "", 0);
    }

    private final Experiment experiment;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Curve> curve = new ReadOnlyObjectWrapper<>(this, "curve", Curve.NONE);
    private ReadOnlyObjectProperty<RunItem> selected;
    private ReadOnlyIntegerProperty playhead;
    private double[] rates = new double[0];

    public ScheduleViewModel(Experiment experiment) {
        this.experiment = experiment;
        experiment.scenarioProperty().addListener((o, was, now) -> {
            Experiment.Change kind = experiment.lastChange();
            if (kind == Experiment.Change.OPEN || kind == Experiment.Change.LOAD || kind == Experiment.Change.UNDO
                    || was.selected() != now.selected() || was.runs().size() != now.runs().size()) {
                error.set("");
            }
            RunSettings r = now.selectedRun();
            shown.set(r == null ? null : new Shown(now.selected(), r.schedule()));
        });
        RunSettings r = experiment.scenario().selectedRun();
        shown.set(r == null ? null : new Shown(experiment.scenario().selected(), r.schedule()));
    }

    /** Draws the rates of {@code runs}' selected run, and its update at {@code step}. */
    public void follow(ReadOnlyObjectProperty<RunItem> runs, ReadOnlyIntegerProperty step) {
        this.selected = runs;
        this.playhead = step;
        runs.addListener(o -> recompute());
        step.addListener(o -> mark());
        recompute();
    }

    private void recompute() {
        RunItem item = selected.get();
        rates = item == null ? new double[0]
                : rates(item.settings(), item.trajectory(), item.settings().config(experiment.scenario()).maxSteps());
        mark();
    }

    private void mark() {
        if (rates.length == 0) {
            curve.set(Curve.NONE);
            return;
        }
        int k = Math.max(1, Math.min(playhead.get(), rates.length));
        RunItem item = selected.get();
        curve.set(new Curve(rates, k, Text.format("schedule.caption", k, Numbers.label(rates[k - 1])),
                item == null ? 0 : item.settings().colour()));
    }

    /**
     * The schedule's rate for updates 1..K of the run's trajectory, as the run stepped it (with f where each
     * update's gradient was taken); empty without a schedule.
     *
     * @param steps the run's step limit, which some defaults are
     */
    static double[] rates(RunSettings run, Trajectory t, int steps) {
        Schedule s = run.schedule();
        int n = t == null ? 0 : t.lastStep();
        if (s.isNone() || n < 1) {
            return new double[0];
        }
        double[] out = new double[n];
        try {
            Scheduler scheduler = s.start(run.optimizer().parameters().get("lr"), ScheduledOptimizer.cycled(run.type()).isPresent(),
                    steps);
            for (int k = 1; k <= n; k++) {
                out[k - 1] = scheduler.lr();
                if (k < n) {
                    scheduler.step(t.f(k - 1));
                }
            }
        } catch (ScheduleEnd | IllegalArgumentException e) {
            return new double[0];
        }
        return out;
    }

    /**
     * Whether typed text reads as a schedule the selected run's optimizer takes, saying why not in the error; it
     * changes nothing, so that text half typed never reaches the run.
     */
    public boolean check(String text) {
        return read(text) != null;
    }

    /** The schedule from typed text, set on the selected run (one undo entry); blank is none. */
    public boolean setText(String text) {
        Shown s = shown.get();
        Schedule next = read(text);
        if (next == null) {
            return false;
        }
        if (!next.equals(s.schedule())) {
            experiment.update(sc -> sc.withRun(sc.selected(), r -> r.withSchedule(next)), Experiment.Change.EDIT);
        }
        return true;
    }

    /** The schedule typed, with the error cleared; null, with the error said, when it does not read or there is no run. */
    private Schedule read(String text) {
        if (shown.get() == null) {
            return null;
        }
        try {
            Schedule next = RunGrammar.schedule(text);
            ScheduledOptimizer.check(experiment.scenario().selectedRun().optimizer(), next);
            error.set("");
            return next;
        } catch (IllegalArgumentException e) {
            // the command line's advice is no use here: the field's tooltip lists the schedules
            String why = e.getMessage().replace(Text.format("schedule.listedCli", Schedule.LISTED), Text.get("schedule.listedHere"));
            error.set(Text.format("schedule.refused", why, text()));
            return null;
        }
    }

    /** The selected run's schedule as the field shows it: "constant" for none. */
    public String text() {
        Shown s = shown.get();
        return s == null ? "" : RunGrammar.scheduleText(s.schedule());
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why the last text typed was refused, and what is in effect; empty when it was taken. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Curve> curveProperty() {
        return curve.getReadOnlyProperty();
    }
}
