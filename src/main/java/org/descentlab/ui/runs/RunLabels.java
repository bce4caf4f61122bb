package org.descentlab.ui.runs;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.Divergence;
import org.descentlab.core.run.Standing;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** A run in words: its label in the list, legend and table, and how it ended, as a student reads it. */
public final class RunLabels {

    private RunLabels() {
    }

    /**
     * The name the user gave, or one made from the settings: "adam lr=0.1 beta1=0.8 · Keras σ=2 from (1, 2)",
     * "gd lr=0.1 batch=8 seed=3" (a mini-batch run on a dataset), "gd lr=0.1 forward h=0.5" (how the gradient is taken, where it is not central differences with the
     * automatic step).
     */
    public static String label(RunSettings r) {
        String given = r.name().strip();
        if (!given.isEmpty()) {
            return given;
        }
        Optimizer o = r.optimizer();
        Hyperparameters p = o.parameters();
        StringBuilder s = new StringBuilder(o.type().name());
        for (ParameterSpec spec : o.notableParameters()) {
            s.append(' ').append(spec.name()).append('=')
                    .append(spec.numeric() ? Numbers.label(p.get(spec.name())) : p.word(spec.name()));
        }
        // one framework's optimizer follows its rule whichever defaults the run names: no mark
        if (o.convention() == Convention.KERAS && o.type().only().isEmpty()) {
            s.append(Text.get("run.label.keras"));
        }
        if (r.noise() > 0) {
            s.append(" σ=").append(Numbers.label(r.noise()));
        }
        if (r.batch() > 0) {
            s.append(Text.format("run.label.batch", String.valueOf(r.batch()), String.valueOf(r.seed())));
        }
        if (r.differences().scheme() == Differences.Scheme.FORWARD) {
            s.append(Text.get("run.label.forward"));
        }
        if (!r.differences().isAuto()) {
            s.append(Text.format("run.label.h", Numbers.label(r.differences().h())));
        }
        if (!r.schedule().isNone()) {
            s.append(Text.format("run.label.schedule", RunGrammar.scheduleText(r.schedule())));
        }
        if (r.start() != null) {
            s.append(Text.format("run.label.from", Numbers.pair(r.start().x(), r.start().y())));
        }
        return s.toString();
    }

    /**
     * "Converged after 412 steps (‖∇f‖ < 1e-6)", "Diverged at step 7: the steps are too large (f grew, or
     * the point swung back and forth ever wider, as it ran away) — try a smaller learning rate", and for a run
     * that could not take a step, "Cannot start: f is not defined at (-1, 0) — pick another start".
     */
    public static String status(Trajectory t, double tolerance) {
        return status(t, tolerance, Differences.DEFAULT);
    }

    /**
     * As {@link #status(Trajectory, double)}, for a run whose gradient is taken by {@code d}: one that is not
     * the default converges where its own estimate g vanishes, and says so, for that need not be where ∇f does.
     */
    public static String status(Trajectory t, double tolerance, Differences d) {
        Stop stop = t.stop();
        if (stop.reason() == StopReason.CONVERGED && !d.equals(Differences.DEFAULT)) {
            String how = d.scheme() == Differences.Scheme.FORWARD ? Text.get("status.byForward") : Text.get("status.byCentral");
            return Text.format("status.convergedEstimate", stop.step(), tolerance, how,
                    d.isAuto() ? Text.get("status.hAuto") : Numbers.label(d.h()));
        }
        int k = stop.step();
        return switch (stop.reason()) {
            case CONVERGED -> Text.format(k == 1 ? "status.convergedOne" : "status.converged", k, tolerance);
            case DIVERGED -> k == 0 ? Text.format("status.cannotStart", Numbers.pair(t.x(0), t.y(0)))
                    : Text.format("status.diverged", k, Text.get(divergence(stop.cause(), fellAtTheEnd(t))));
            case MAX_STEPS -> atLimit(stop, t.gradNorm(k), tolerance);
        };
    }

    /**
     * "Stopped at the step limit (1000): still moving, ‖∇f‖ = 0.3", or, where the schedule ended the run or
     * brought its rate to about zero, that: "Stopped at step 101, where the schedule ends: frozen, the
     * learning rate fell to ~0 (4e-7, peak 0.1), ‖∇f‖ = 0.0167".
     */
    private static String atLimit(Stop stop, double gradNorm, double tolerance) {
        Standing s = stop.standing() != null ? stop.standing() : Standing.of(gradNorm, tolerance, Double.NaN, Double.NaN);
        String where = Text.format(stop.scheduleEnded() ? "status.atScheduleEnd" : "status.atLimit", stop.step());
        String grad = Numbers.label(s.gradNorm());
        return switch (s.kind()) {
            case MOVING -> Text.format("status.limitMoving", where, grad);
            case NEARLY_STILL -> Text.format("status.limitStill", where, grad);
            case RATE_VANISHED -> Text.format("status.limitFrozen", where, grad, Numbers.label(s.learningRate()),
                    Numbers.label(s.peakRate()));
        };
    }

    /**
     * The cause in words, with advice that fits it: a smaller rate helps a run that overshot, not one on a
     * function with no minimum that way; one that stepped out of where f is defined may be kept inside.
     */
    private static String divergence(Divergence cause, boolean fell) {
        return switch (cause) {
            // swinging ever wider while f falls: the rate is too large, and f may have no minimum that way too
            case OVERSHOOT -> fell ? "status.causeOvershootFalling" : "status.causeOvershoot";
            case UNBOUNDED -> "status.causeUnbounded";
            // f falling up to the edge of where it is defined tells log x (no minimum) from sqrt x (one at
            // the edge) no better than the words do: both are said
            case UNDEFINED -> "status.causeUndefined";
        };
    }

    /** Whether f's last number is below its start and was still falling: the run went downhill to its end. */
    private static boolean fellAtTheEnd(Trajectory t) {
        int j = t.stop().step();
        while (j > 0 && !Double.isFinite(t.f(j))) {
            j--;
        }
        return j >= 1 && t.f(j) < t.f(0) && t.f(j) < t.f(j - 1);
    }

    /**
     * "converged at 123", "diverged at 5: overshoot", "undefined at the start", "step limit 1000": the results
     * table's short form.
     */
    public static String stopped(Stop stop) {
        return switch (stop.reason()) {
            case CONVERGED -> Text.format("results.convergedAt", stop.step());
            case DIVERGED -> stop.step() == 0 ? Text.get("results.undefinedAtStart") : Text.format(switch (stop.cause()) {
                case OVERSHOOT -> "results.divergedOvershoot";
                case UNBOUNDED -> "results.divergedUnbounded";
                case UNDEFINED -> "results.divergedUndefined";
            }, stop.step());
            case MAX_STEPS -> Text.format("results.stepLimit", stop.step());
        };
    }

    /** "Keras / TensorFlow defaults: eps 1e-7; "epsilon hat": eps added to √v before bias correction". */
    static String conventionNote(OptimizerType type, Convention c) {
        Convention other = c == Convention.KERAS ? Convention.PYTORCH : Convention.KERAS;
        List<String> differ = new ArrayList<>();
        for (ParameterSpec spec : type.parameters()) {
            if (type.defaultValue(spec, c) != type.defaultValue(spec, other)) {
                differ.add(spec.name() + " " + Numbers.label(type.defaultValue(spec, c)));
            }
        }
        if (!type.hasConventions()) {
            return Text.format("convention.none", type.name());
        }
        if (type.only().isPresent()) {
            return Text.format("convention.only", type.name(),
                    Text.get(type.only().get() == Convention.KERAS ? "convention.keras" : "convention.pytorch"));
        }
        String who = Text.get(c == Convention.KERAS ? "convention.keras" : "convention.pytorch");
        String note = differ.isEmpty() ? Text.get("convention.sameDefaults")
                : Text.format("convention.defaults", who, String.join(", ", differ));
        String rule = Text.getOr("optimizer." + type.name() + ".kerasRule", type.kerasRule());
        return c == Convention.KERAS && !rule.isEmpty() ? Text.format("convention.withRule", note, rule) : note;
    }

    /** Whether the run's convention has the parameter: Keras has no dampening and no lr_decay. */
    static boolean applies(RunSettings r, ParameterSpec spec) {
        return r.optimizer().convention() == Convention.PYTORCH || !r.type().pytorchOnly(spec);
    }

    /** A parameter's tooltip: what it means, what it accepts, and its default. */
    static String tooltip(RunSettings r, ParameterSpec spec) {
        String meaning = Text.getOr("parameter." + spec.name(), spec.description());
        if (!applies(r, spec)) {
            return Text.format("parameter.pytorchOnly", meaning);
        }
        return Text.format("parameter.tooltip", meaning, spec.accepted(), r.type().defaultText(spec, r.optimizer().convention()));
    }
}
