package org.descentlab.ui.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.LocalGeometry;
import org.descentlab.core.analysis.LocalGeometry.Kind;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.Newton;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/**
 * What the local geometry says, in words: in full for the side panel, in two short lines for the
 * canvas. Every sentence is about the quadratic model at the point and holds for its numbers. What it
 * says of the learning rate is said only of the rules it is true for: plain descent and heavy-ball
 * momentum (with no weight decay, noise or clipping, which change the step), and Newton's step; of any
 * other optimizer it says nothing of the rate.
 */
final class GeometryCaption {

    /** A bowl at least this many times longer than wide is a valley: "across" and "along" mean something. */
    private static final double VALLEY = 2;

    private GeometryCaption() {
    }

    /** The rule of a run's steps, as far as the sentences need it. */
    private record Rule(Optimizer optimizer, boolean plain) {
        /** Plain descent's rate, or NaN. */
        double descentRate() {
            return plain && optimizer instanceof GradientDescent gd && gd.weightDecay() == 0 ? gd.lr() : Double.NaN;
        }
    }

    /** The side panel's sentences about {@code g}, the point of {@code run} at {@code step}. */
    static List<String> sentences(LocalGeometry g, RunSettings run, int step) {
        List<String> out = new ArrayList<>();
        out.add(Text.format("geometry.at", step, Numbers.pair(g.at().x(), g.at().y()), g.lambda1(), direction(g.axis1()),
                g.lambda2(), direction(g.axis2())));
        Kind kind = g.kind();
        switch (kind) {
            case BOWL -> out.add(Text.format(g.elongation() >= VALLEY ? "geometry.valleyBowl" : "geometry.bowl", g.conditionNumber(),
                    times(g.elongation())));
            case SADDLE -> out.add(Text.format("geometry.saddle", g.conditionNumber()));
            case DOME -> out.add(Text.get("geometry.dome"));
            case VALLEY -> out.add(Text.get("geometry.valley"));
            case RIDGE -> out.add(Text.get("geometry.ridge"));
            case FLAT -> out.add(Text.get("geometry.flat"));
        }
        if (kind == Kind.BOWL) {
            direction(g, out);
        }
        Rule rule = rule(run);
        double lr = rule.descentRate();
        if (lr > 0) {
            descent(g, lr, out);
        } else if (kind == Kind.BOWL) {
            otherRules(g, rule, out);
        }
        return out;
    }

    /** Where −∇f points, against the way to the model's minimum. */
    private static void direction(LocalGeometry g, List<String> out) {
        double angle = g.angleToCentre();
        if (Double.isNaN(angle)) {
            out.add(Text.get("geometry.atCentre"));
            return;
        }
        out.add(Text.format("geometry.angle", Math.round(angle)));
        if (g.elongation() >= VALLEY) {
            out.add(Text.get(Math.abs(g.gradientAlong1()) > Math.abs(g.gradientAlong2()) ? "geometry.mostlyAcross"
                    : "geometry.mostlyAlong"));
        }
    }

    /**
     * Plain descent on the model: along each eigen-axis the offset from the model's stationary point is
     * multiplied by 1 − lr·λ a step, whatever the other axis does, so the steep axis (if it curves up)
     * decides the zig-zag, and an axis that curves down is left.
     */
    private static void descent(LocalGeometry g, double lr, List<String> out) {
        if (g.lambda1() > g.zero()) {
            double a = lr * g.lambda1();
            String[] two = distinct(lr, 1 / g.lambda1());
            String[] bound = distinct(lr, 2 / g.lambda1());
            if (a <= 1) {
                out.add(Text.format("geometry.gdSmooth", two[0], two[1]));
            } else if (a < 2) {
                out.add(Text.format("geometry.gdZigZag", two[0], two[1], bound[1], factor(g.stepFactor1(lr))));
            } else {
                out.add(Text.format("geometry.gdUnstable", bound[0], bound[1], factor(g.stepFactor1(lr))));
            }
        }
        double along = lr * g.lambda2();
        if (g.kind() == Kind.BOWL && along < 1) {
            out.add(Text.format("geometry.gdAlong", 100 * along));
        }
        double down = Math.min(g.lambda1(), g.lambda2());
        if (g.kind() == Kind.SADDLE) {
            out.add(Text.format("geometry.gdSaddle", down, factor(1 - lr * down)));
        }
    }

    /** Of momentum and Newton's method, what their rules give on a bowl; of any other rule nothing. */
    private static void otherRules(LocalGeometry g, Rule rule, List<String> out) {
        if (rule.plain() && rule.optimizer() instanceof Momentum m && m.weightDecay() == 0) {
            double bound = g.maxStableMomentumRate(m.momentum(), m.dampening());
            if (Double.isFinite(bound)) {
                String[] two = distinct(m.lr(), bound);
                out.add(Text.format(m.lr() < bound ? "geometry.momentumBelow" : "geometry.momentumAbove", m.momentum(),
                        momentumBound(m), two[1], two[0]));
            }
        } else if (rule.plain() && rule.optimizer() instanceof Newton n) {
            out.add(n.lr() == 1 ? Text.get("geometry.newtonFull") : Text.format("geometry.newtonPart", n.lr()));
        }
    }

    /** The canvas's caption: what the model is, and how the run's rate compares with its bound, where that holds. */
    static List<String> brief(LocalGeometry g, RunSettings run) {
        List<String> out = new ArrayList<>();
        Kind kind = g.kind();
        out.add(switch (kind) {
            case BOWL -> Text.format("geometry.shortBowl", g.conditionNumber(), times(g.elongation()));
            case SADDLE -> Text.format("geometry.shortSaddle", g.conditionNumber());
            case DOME -> Text.get("geometry.shortDome");
            case VALLEY -> Text.get("geometry.shortValley");
            case RIDGE -> Text.get("geometry.shortRidge");
            case FLAT -> Text.get("geometry.shortFlat");
        });
        Rule rule = rule(run);
        double lr = rule.descentRate();
        if (lr > 0 && g.lambda1() > g.zero()) {
            double a = lr * g.lambda1();
            String[] bound = distinct(lr, (a <= 1 ? 1 : 2) / g.lambda1());
            out.add(Text.format(a <= 1 ? "geometry.shortSmooth" : a < 2 ? "geometry.shortZigZag" : "geometry.shortUnstable", bound[0],
                    bound[1]));
        } else if (kind == Kind.BOWL && rule.plain() && rule.optimizer() instanceof Momentum m && m.weightDecay() == 0) {
            double bound = g.maxStableMomentumRate(m.momentum(), m.dampening());
            if (Double.isFinite(bound)) {
                String[] two = distinct(m.lr(), bound);
                out.add(Text.format(m.lr() < bound ? "geometry.shortMomentumBelow" : "geometry.shortMomentumAbove", two[0],
                        momentumBound(m), two[1]));
            }
        } else if (kind == Kind.BOWL && rule.plain() && rule.optimizer() instanceof Newton n && n.lr() == 1) {
            out.add(Text.get("geometry.shortNewton"));
        }
        return out;
    }

    /**
     * A step's factor, with digits enough to tell it from 1 where it is near 1 (1.000118, not 1), written
     * as labels are.
     */
    static String factor(double v) {
        double off = Math.abs(Math.abs(v) - 1);
        if (!(off > 0) || off >= 1e-3 || !Double.isFinite(v)) {
            return Numbers.label(v);
        }
        int digits = 3 - (int) Math.floor(Math.log10(off));
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** A unit vector as "(0.9434, 0.3316)"; a part below a millionth, the Hessian's rounding, as 0. */
    private static String direction(Vec2 e) {
        return Numbers.pair(Math.abs(e.x()) < 1e-6 ? 0 : e.x(), Math.abs(e.y()) < 1e-6 ? 0 : e.y());
    }

    /** How many times longer than wide, to two digits: 51, 5.1, 1.3. */
    private static double times(double elongation) {
        return Numbers.round(elongation, 2);
    }

    private static Rule rule(RunSettings run) {
        return new Rule(run.optimizer(), run.noise() == 0 && run.clip() == 0);
    }

    private static String momentumBound(Momentum m) {
        return Text.get(m.dampening() == 0 ? "geometry.momentumBound" : "geometry.momentumBoundDamped");
    }

    /**
     * Two numbers written so that they read apart: as labels, or exactly where the labels are the same (a
     * rate of 0.0019999 against a bound of 0.002 must not read "0.002 < 0.002").
     */
    static String[] distinct(double a, double b) {
        String la = Numbers.label(a);
        String lb = Numbers.label(b);
        return la.equals(lb) && a != b ? new String[] {Numbers.exact(a), Numbers.exact(b)} : new String[] {la, lb};
    }
}
