package org.descentlab.core.preset;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.Scenario;

/** A bundled preset with its suggested runs run by the real {@link Runner}, for checking what its notes say. */
final class PresetRuns {

    final String id;
    final Scenario scenario;
    final CompiledFunction f;
    private final List<Trajectory> runs;

    PresetRuns(String id) {
        this.id = id;
        this.scenario = PresetLibrary.bundled().byId(id).orElseThrow().scenario();
        this.f = ((ParseResult.Success) Expressions.parse(scenario.function())).function();
        this.runs = scenario.runs().stream().map(r -> Runner.run(f, r.config(scenario))).toList();
    }

    /** Fails unless the notes say {@code words}: each check names the words it checks. */
    void says(String words) {
        assertTrue(scenario.notes().contains(words), id + ": the notes no longer say '" + words + "': " + scenario.notes());
    }

    /** The suggested run at {@code index} (from 0), as the app runs it; fails unless it is the run {@code spec} says. */
    Trajectory run(int index, String spec) {
        String actual = RunGrammar.print(scenario.runs().get(index));
        assertTrue(actual.equals(RunGrammar.print(RunGrammar.parse(spec))), id + ": run " + index + " is '" + actual
                + "', not '" + spec + "'");
        return runs.get(index);
    }

    /** Every suggested run, in order. */
    List<Trajectory> runs() {
        return runs;
    }

    /** Another run on the preset's landscape, from its start unless the spec says otherwise. */
    Trajectory extra(String spec) {
        return Runner.run(f, RunGrammar.parse(spec).config(scenario));
    }

    static Vec2 end(Trajectory t) {
        return new Vec2(t.x(t.lastStep()), t.y(t.lastStep()));
    }

    static Vec2 at(Trajectory t, int step) {
        return new Vec2(t.x(step), t.y(step));
    }

    /** The marked minimum the run ended at (within 1e-4), or a failure naming where it ended. */
    KnownMinimum endsAtMarked(Trajectory t) {
        Vec2 e = end(t);
        return scenario.minima().stream().filter(m -> MinimumSearch.distance(m.at(), e) < 1e-4).findFirst()
                .orElseGet(() -> fail(id + ": ended at " + e + ", at no marked minimum (" + t.stop() + ")"));
    }

    double value(Vec2 p) {
        return f.value(p.x(), p.y());
    }

    /** (f_xx, f_xy, f_yy) at p. */
    double[] hessian(Vec2 p) {
        return Derivatives.hessian(f, p.x(), p.y());
    }

    double gradientNorm(Vec2 p) {
        double[] g = Derivatives.gradient(f, p.x(), p.y());
        return Math.hypot(g[0], g[1]);
    }

    /** How often the sign of y changes over steps 0 … last, counting only points with |y| above {@code floor}. */
    static int yCrossings(Trajectory t, int last, double floor) {
        int crossings = 0;
        double sign = 0;
        for (int k = 0; k <= last; k++) {
            if (Math.abs(t.y(k)) > floor) {
                double s = Math.signum(t.y(k));
                if (sign != 0 && s != sign) {
                    crossings++;
                }
                sign = s;
            }
        }
        return crossings;
    }
}
