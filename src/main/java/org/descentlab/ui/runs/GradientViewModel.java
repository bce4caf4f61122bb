package org.descentlab.ui.runs;

import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * How the selected run takes its gradient: central or forward differences, and the step h, automatic or
 * a number. A step typed that does not read, or is not above 0, sets the error (naming h, what it accepts
 * and what is in effect) and changes nothing, so the path keeps the last good settings.
 */
public final class GradientViewModel extends SelectedRunSetting<GradientViewModel.Shown> {

    /**
     * The selected run's method, with its place in the list, told together so that a view never shows one
     * run's method in another's place.
     *
     * @param index       the run's place in the list
     * @param differences how it takes its gradient
     */
    public record Shown(int index, Differences differences) {
    }

    public GradientViewModel(Experiment experiment) {
        super(experiment);
    }

    @Override
    protected Shown shown(int index, RunSettings r) {
        return new Shown(index, r.differences());
    }

    /** The selected run's method, or null when there are no runs. */
    private Differences differences() {
        return shownProperty().get() == null ? null : shownProperty().get().differences();
    }

    private void update(Differences d, Experiment.Change kind) {
        if (differences() != null) {
            experiment.update(s -> s.withRun(s.selected(), r -> r.withDifferences(d)), kind);
        }
    }

    /** Central or forward differences; the step stays what it is (automatic stays automatic, for the new scheme). */
    public void setScheme(Scheme scheme) {
        Differences d = differences();
        if (d != null && d.scheme() != scheme) {
            update(d.withScheme(scheme), Experiment.Change.STEP);
        }
    }

    /** The step from typed text: "auto" (in any case) or a number above 0. */
    public boolean setStep(String text) {
        Differences d = differences();
        if (d == null) {
            return false;
        }
        String t = text.strip();
        try {
            // the word of specs and files, or of the window's language
            boolean auto = t.equalsIgnoreCase(Differences.AUTO_TEXT) || t.equalsIgnoreCase(Text.get("gradient.auto"));
            Differences next = auto ? Differences.auto(d.scheme()) : d.withStepText(Numbers.typed(t));
            error.set("");
            if (!next.equals(d)) {
                update(next, Experiment.Change.EDIT);
            }
            return true;
        } catch (IllegalArgumentException e) {
            error.set(Text.format("error.inEffect", Text.format("gradient.badStep", text), stepText()));
            return false;
        }
    }

    /** The step as its field shows it: "auto", or the number exactly. */
    public String stepText() {
        Differences d = differences();
        return d == null || d.isAuto() ? Text.get("gradient.auto") : Numbers.exact(d.h());
    }

    /** "central differences" or "forward differences", as the choice shows it. */
    public static String label(Scheme scheme) {
        return Text.get("gradient." + scheme.id());
    }

    /** What the scheme choice means. */
    public static String schemeTooltip() {
        return Text.get("gradient.schemeTip");
    }

    /** What h means and accepts, with the automatic steps of both schemes. */
    public static String stepTooltip() {
        return Text.format("gradient.stepTip", Numbers.label(Derivatives.GRADIENT_STEP), Numbers.label(Differences.FORWARD_STEP));
    }
}
