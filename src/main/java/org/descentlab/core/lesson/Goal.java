package org.descentlab.core.lesson;

import java.util.List;
import java.util.Locale;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;

/**
 * What a lesson asks of its runs, checked on the runs' results alone: the same scenario and paths always give
 * the same answer, so the window can check it after every change. Runs are numbered from 1, as the window and
 * the command line number them; a goal about a run the scenario does not have is not met.
 */
public sealed interface Goal {

    /** The goal in words, made from its parameters: "run 1 reaches f < 0.001 within 50 steps". */
    String describe();

    /**
     * Whether the runs meet it.
     *
     * @param runs the path of each of the scenario's runs, in its order
     */
    boolean met(Scenario s, List<Trajectory> runs);

    /** Run {@code run} has f below {@code below} at some step no later than {@code within}. */
    record Reach(int run, double below, int within) implements Goal {
        public Reach {
            checkRun(run);
            Validate.isTrue(Double.isFinite(below), "below must be a finite number, got " + below);
            Validate.isTrue(within >= 0, "within must be a number of steps >= 0, got " + within);
        }

        @Override
        public String describe() {
            return "run " + run + " reaches f < " + RunGrammar.number(below) + " within " + within + " steps";
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            Trajectory t = path(runs, run);
            if (t == null) {
                return false;
            }
            for (int k = 0; k <= Math.min(within, t.lastStep()); k++) {
                if (t.f(k) < below) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Run {@code run} beats run {@code other}: it converges, in fewer steps than the other (which may not converge
     * at all); with {@code sameRate}, both have the same learning rate.
     */
    record Beats(int run, int other, boolean sameRate) implements Goal {
        public Beats {
            checkRun(run);
            checkRun(other);
            Validate.isTrue(run != other, "a run cannot beat itself: run and other are both " + run);
        }

        @Override
        public String describe() {
            return "run " + run + " converges in fewer steps than run " + other + (sameRate ? ", at the same learning rate" : "");
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            Trajectory a = path(runs, run);
            Trajectory b = path(runs, other);
            if (a == null || b == null || s.runs().size() < Math.max(run, other)) {
                return false;
            }
            if (sameRate && rate(s.runs().get(run - 1)) != rate(s.runs().get(other - 1))) {
                return false;
            }
            boolean bConverged = b.stop().reason() == StopReason.CONVERGED;
            return a.stop().reason() == StopReason.CONVERGED && (!bConverged || a.stop().step() < b.stop().step());
        }

        private static double rate(RunSettings r) {
            return r.type().parameter("lr").isPresent() ? r.optimizer().parameters().get("lr") : Double.NaN;
        }
    }

    /** Where a run should end: at a point, or at any known minimum that is (or is not) global. */
    enum Target {
        POINT, GLOBAL, LOCAL;

        /** As written in files: point, global, local. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Run {@code run} ends, not diverged, within {@code within} of the target: {@code at}, or one of the scenario's
     * known minima that is global ({@link Target#GLOBAL}) or is not ({@link Target#LOCAL}).
     *
     * @param at the point, for {@link Target#POINT}; null otherwise
     */
    record EndsIn(int run, Target target, Vec2 at, double within) implements Goal {
        public EndsIn {
            checkRun(run);
            Validate.notNull("target", target);
            Validate.isTrue((target == Target.POINT) == (at != null), "a point is given exactly when the target is one");
            checkRadius(within);
        }

        @Override
        public String describe() {
            String where = switch (target) {
                case POINT -> "(" + RunGrammar.number(at.x()) + ", " + RunGrammar.number(at.y()) + ")";
                case GLOBAL -> "a global minimum";
                case LOCAL -> "a minimum that is not the global one";
            };
            return "run " + run + " ends within " + RunGrammar.number(within) + " of " + where;
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            Vec2 end = end(runs, run);
            if (end == null) {
                return false;
            }
            if (target == Target.POINT) {
                return distance(end, at) <= within;
            }
            KnownMinimum m = nearest(s, end, within);
            return m != null && m.global() == (target == Target.GLOBAL);
        }
    }

    /** Runs {@code run} and {@code other} each end within {@code within} of a known minimum, not the same one. */
    record EndsApart(int run, int other, double within) implements Goal {
        public EndsApart {
            checkRun(run);
            checkRun(other);
            Validate.isTrue(run != other, "run and other must be two runs, both are " + run);
            checkRadius(within);
        }

        @Override
        public String describe() {
            return "runs " + run + " and " + other + " end in different known minima (each within " + RunGrammar.number(within)
                    + " of one)";
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            Vec2 a = end(runs, run);
            Vec2 b = end(runs, other);
            if (a == null || b == null) {
                return false;
            }
            KnownMinimum ma = nearest(s, a, within);
            KnownMinimum mb = nearest(s, b, within);
            return ma != null && mb != null && !ma.equals(mb);
        }
    }

    /** Run {@code run} behaves so, by {@link Behaviour.Region}'s rule: too slow, converges, oscillates or diverges. */
    record Behaves(int run, Behaviour.Region region) implements Goal {
        public Behaves {
            checkRun(run);
            Validate.notNull("region", region);
        }

        @Override
        public String describe() {
            String what = switch (region) {
                case TOO_SLOW -> "is too slow: it reaches its step limit still moving";
                case CONVERGES -> "converges without zig-zagging";
                case OSCILLATES -> "zig-zags: its step turns back in more than half of its pairs of steps";
                case DIVERGES -> "diverges";
            };
            return "run " + run + " " + what;
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            Trajectory t = path(runs, run);
            return t != null && Behaviour.region(t) == region;
        }
    }

    /** Every one of {@code goals}. */
    record All(List<Goal> goals) implements Goal {
        public All {
            goals = List.copyOf(goals);
            Validate.isTrue(!goals.isEmpty(), "all needs at least one goal");
        }

        @Override
        public String describe() {
            return String.join("; ", goals.stream().map(Goal::describe).toList());
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            return goals.stream().allMatch(g -> g.met(s, runs));
        }
    }

    /** The opposite of {@code goal}: for a hint that says what a run does not do. */
    record Not(Goal goal) implements Goal {
        public Not {
            Validate.notNull("goal", goal);
        }

        @Override
        public String describe() {
            return "not: " + goal.describe();
        }

        @Override
        public boolean met(Scenario s, List<Trajectory> runs) {
            return !goal.met(s, runs);
        }
    }

    private static void checkRun(int run) {
        Validate.isTrue(run >= 1 && run <= Scenario.MAX_RUNS, "a run is numbered 1 to " + Scenario.MAX_RUNS + ", got " + run);
    }

    private static void checkRadius(double within) {
        Validate.isTrue(within > 0 && Double.isFinite(within), "within must be a distance > 0, got " + within);
    }

    /** Run {@code run}'s path, or null when there is no such run. */
    private static Trajectory path(List<Trajectory> runs, int run) {
        return run <= runs.size() ? runs.get(run - 1) : null;
    }

    /** Where run {@code run} ended; null when there is no such run, it diverged or it ended off the plane. */
    private static Vec2 end(List<Trajectory> runs, int run) {
        Trajectory t = path(runs, run);
        if (t == null || t.stop().reason() == StopReason.DIVERGED) {
            return null;
        }
        Vec2 v = new Vec2(t.x(t.lastStep()), t.y(t.lastStep()));
        return v.isFinite() ? v : null;
    }

    /** The known minimum nearest {@code p}, if it is within {@code radius}; null otherwise. */
    private static KnownMinimum nearest(Scenario s, Vec2 p, double radius) {
        KnownMinimum best = null;
        double bestDistance = radius;
        for (KnownMinimum m : s.minima()) {
            double d = distance(p, m.at());
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static double distance(Vec2 a, Vec2 b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
