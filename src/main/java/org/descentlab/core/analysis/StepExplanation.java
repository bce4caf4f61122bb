package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.Validate;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.run.Trajectory;

/**
 * One step of a run written out: the optimizer's update rule line by line, each with the value it gave
 * at that step. The values are recomputed from the rule, the state before the step and the gradient the
 * optimizer was given, so they can be checked against what the run recorded (the tests do: every rule
 * here reproduces its optimizer's step).
 *
 * @param step       t, the update that led from row t − 1 to row t
 * @param parameters the hyper-parameters as "name = value", with the convention
 * @param lines      the rule, in the order it is computed
 * @param predicted  x_t as the rule computes it from the shown values
 * @param taken      x_t as the run recorded it
 */
public record StepExplanation(int step, String parameters, List<Line> lines, double[] predicted, double[] taken) {

    /**
     * One line of a rule.
     *
     * @param rule  e.g. "m ← β1·m + (1 − β1)·g"
     * @param value its value: a pair (x, y), or one number
     * @param state the name of the recorded state it updates (e.g. "m"), or "" for none
     */
    public record Line(String rule, double[] value, String state) {
        public Line {
            value = value.clone();
        }

        @Override
        public double[] value() {
            return value.clone();
        }
    }

    /**
     * Explains step {@code t} (1 ≤ t ≤ last step) of a run of {@code optimizer} on {@code field}.
     *
     * @throws IllegalArgumentException when t is out of range
     */
    public static StepExplanation of(Optimizer optimizer, Trajectory run, int t, ScalarField field) {
        Validate.isTrue(t >= 1 && t <= run.lastStep(), "step must be between 1 and " + run.lastStep() + ", got " + t);
        Rule r = new Rule(optimizer, run, t);
        double[] x = switch (optimizer.type().name()) {
            case "gd" -> gd(r);
            case "momentum" -> momentum(r, false);
            case "nesterov" -> momentum(r, true);
            case "adagrad" -> adagrad(r);
            case "rmsprop" -> rmsProp(r);
            case "adam" -> adam(r, false);
            case "adamw" -> adam(r, true);
            case "adamax" -> adamax(r);
            case "nadam" -> nadam(r);
            case "adadelta" -> adadelta(r);
            case "newton" -> newton(r, field);
            default -> throw new IllegalArgumentException("no rule written out for " + optimizer.type().name());
        };
        r.lines.add(new Line("step taken  Δx = x_t − x_t−1", new double[] {run.x(t) - run.x(t - 1), run.y(t) - run.y(t - 1)}, ""));
        return new StepExplanation(t, r.parameterText(), List.copyOf(r.lines), x, new double[] {run.x(t), run.y(t)});
    }

    // ---- the rules, as each optimizer's Javadoc states them ----------------------------------------

    private static double[] gd(Rule r) {
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        return r.line("x ← x − lr·g", "", i -> x[i] - r.p("lr") * g[i]);
    }

    private static double[] momentum(Rule r, boolean nesterov) {
        double mu = r.p("momentum");
        double lr = r.p("lr");
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        if (r.keras) {
            double[] m = r.line("m ← μ·m − lr·g", "m", i -> mu * r.before("m", i) - lr * g[i]);
            return nesterov ? r.line("x ← x + μ·m − lr·g", "", i -> x[i] + mu * m[i] - lr * g[i])
                    : r.line("x ← x + m", "", i -> x[i] + m[i]);
        }
        double tau = nesterov ? 0 : r.p("dampening");
        double[] v = r.t == 1 ? r.line("v ← g   (the first step)", "v", i -> g[i])
                : nesterov ? r.line("v ← μ·v + g", "v", i -> mu * r.before("v", i) + g[i])
                : r.line("v ← μ·v + (1 − τ)·g", "v", i -> mu * r.before("v", i) + (1 - tau) * g[i]);
        return nesterov ? r.line("x ← x − lr·(g + μ·v)", "", i -> x[i] - lr * (g[i] + mu * v[i]))
                : r.line("x ← x − lr·v", "", i -> x[i] - lr * v[i]);
    }

    private static double[] adagrad(Rule r) {
        double eps = r.p("eps");
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        double[] sum = r.line("sum ← sum + g²", "sum", i -> r.before("sum", i) + g[i] * g[i]);
        if (r.keras) {
            return r.line("x ← x − lr·g / √(sum + ε)", "", i -> x[i] - r.p("lr") * g[i] / Math.sqrt(sum[i] + eps));
        }
        double lrT = r.scalar("lr_t = lr / (1 + (t − 1)·lr_decay)", r.p("lr") / (1 + (r.t - 1) * r.p("lr_decay")));
        return r.line("x ← x − lr_t·g / (√sum + ε)", "", i -> x[i] - lrT * g[i] / (Math.sqrt(sum[i]) + eps));
    }

    private static double[] rmsProp(Rule r) {
        double a = r.p("alpha");
        double eps = r.p("eps");
        double mu = r.p("momentum");
        double lr = r.p("lr");
        boolean centered = r.p("centered") != 0;
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        double[] v = r.line("v ← α·v + (1 − α)·g²", "v", i -> a * r.before("v", i) + (1 - a) * g[i] * g[i]);
        double[] avg = centered ? r.line("g_avg ← α·g_avg + (1 − α)·g", "g_avg", i -> a * r.before("g_avg", i) + (1 - a) * g[i])
                : new double[2];
        double[] d;
        if (r.keras) {
            d = centered ? r.line("d = √(v − g_avg² + ε)", "", i -> Math.sqrt(v[i] - avg[i] * avg[i] + eps))
                    : r.line("d = √(v + ε)", "", i -> Math.sqrt(v[i] + eps));
        } else {
            d = centered ? r.line("d = √(v − g_avg²) + ε", "", i -> Math.sqrt(v[i] - avg[i] * avg[i]) + eps)
                    : r.line("d = √v + ε", "", i -> Math.sqrt(v[i]) + eps);
        }
        if (mu > 0 && r.keras) {
            double[] b = r.line("b ← μ·b + lr·g/d", "b", i -> mu * r.before("b", i) + lr * g[i] / d[i]);
            return r.line("x ← x − b", "", i -> x[i] - b[i]);
        }
        if (mu > 0) {
            double[] b = r.line("b ← μ·b + g/d", "b", i -> mu * r.before("b", i) + g[i] / d[i]);
            return r.line("x ← x − lr·b", "", i -> x[i] - lr * b[i]);
        }
        return r.line("x ← x − lr·g/d", "", i -> x[i] - lr * g[i] / d[i]);
    }

    private static double[] adam(Rule r, boolean decoupled) {
        double b1 = r.p("beta1");
        double b2 = r.p("beta2");
        double eps = r.p("eps");
        double lr = r.p("lr");
        boolean amsgrad = r.p("amsgrad") != 0;
        double[] x = decoupled || r.keras ? r.decoupledDecay() : r.point();
        double[] g = decoupled ? r.gradient() : r.coupledDecay(x);
        double[] m = firstMoment(r, b1, g);
        double[] v = secondMoment(r, b2, g);
        double[] second = amsgrad ? r.line("v_max ← max(v_max, v)", "v_max", i -> Math.max(r.before("v_max", i), v[i])) : v;
        String s = amsgrad ? "v_max" : "v";
        if (r.keras) {
            double alpha = r.scalar("α_t = lr·√(1 − β2ᵗ) / (1 − β1ᵗ)", lr * Math.sqrt(1 - Math.pow(b2, r.t)) / (1 - Math.pow(b1, r.t)));
            return r.line("x ← x − α_t·m / (√" + s + " + ε)", "", i -> x[i] - m[i] * alpha / (Math.sqrt(second[i]) + eps));
        }
        double[] mHat = r.line("m̂ = m / (1 − β1ᵗ)", "", i -> m[i] / (1 - Math.pow(b1, r.t)));
        double[] vHat = r.line("v̂ = " + s + " / (1 − β2ᵗ)", "", i -> second[i] / (1 - Math.pow(b2, r.t)));
        return r.line("x ← x − lr·m̂ / (√v̂ + ε)", "", i -> x[i] - lr * mHat[i] / (Math.sqrt(vHat[i]) + eps));
    }

    /** m, as PyTorch (β1·m + (1 − β1)·g) or Keras (m + (g − m)·(1 − β1)) writes it. */
    private static double[] firstMoment(Rule r, double b1, double[] g) {
        return r.keras ? r.line("m ← m + (g − m)·(1 − β1)", "m", i -> r.before("m", i) + (g[i] - r.before("m", i)) * (1 - b1))
                : r.line("m ← β1·m + (1 − β1)·g", "m", i -> b1 * r.before("m", i) + (1 - b1) * g[i]);
    }

    /** v, the running mean of g², in each framework's form. */
    private static double[] secondMoment(Rule r, double b2, double[] g) {
        return r.keras ? r.line("v ← v + (g² − v)·(1 − β2)", "v", i -> r.before("v", i) + (g[i] * g[i] - r.before("v", i)) * (1 - b2))
                : r.line("v ← β2·v + (1 − β2)·g²", "v", i -> b2 * r.before("v", i) + (1 - b2) * g[i] * g[i]);
    }

    private static double[] adamax(Rule r) {
        double b1 = r.p("beta1");
        double b2 = r.p("beta2");
        double eps = r.p("eps");
        double lr = r.p("lr");
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        double correction = 1 - Math.pow(b1, r.t);
        if (r.keras) {
            double[] m = firstMoment(r, b1, g);
            double[] u = r.line("u ← max(β2·u, |g|)", "u", i -> Math.max(b2 * r.before("u", i), Math.abs(g[i])));
            return r.line("x ← x − lr·m / ((1 − β1ᵗ)·(u + ε))", "", i -> x[i] - lr * m[i] / (correction * (u[i] + eps)));
        }
        double[] m = firstMoment(r, b1, g);
        double[] u = r.line("u ← max(β2·u, |g| + ε)", "u", i -> Math.max(b2 * r.before("u", i), Math.abs(g[i]) + eps));
        return r.line("x ← x − lr/(1 − β1ᵗ)·m / u", "", i -> x[i] - lr / correction * m[i] / u[i]);
    }

    private static double[] nadam(Rule r) {
        double b1 = r.p("beta1");
        double b2 = r.p("beta2");
        double eps = r.p("eps");
        double lr = r.p("lr");
        double psi = r.p("momentum_decay");
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        double mu = r.scalar("μ_t = β1·(1 − ½·0.96^(t·ψ))", b1 * (1 - 0.5 * Math.pow(0.96, r.t * psi)));
        double muNext = r.scalar("μ_t+1 = β1·(1 − ½·0.96^((t+1)·ψ))", b1 * (1 - 0.5 * Math.pow(0.96, (r.t + 1) * psi)));
        double product = r.stateLine("Π ← Π·μ_t", "mu_product", r.beforeScalar("mu_product") * mu);
        double bc2 = 1 - Math.pow(b2, r.t);
        double[] m = firstMoment(r, b1, g);
        double[] v = secondMoment(r, b2, g);
        if (r.keras) {
            double[] mHat = r.line("m̂ = μ_t+1·m / (1 − Π·μ_t+1) + (1 − μ_t)·g / (1 − Π)", "",
                    i -> muNext * m[i] / (1 - product * muNext) + (1 - mu) * g[i] / (1 - product));
            return r.line("x ← x − lr·m̂ / (√(v / (1 − β2ᵗ)) + ε)", "", i -> x[i] - mHat[i] * lr / (Math.sqrt(v[i] / bc2) + eps));
        }
        double[] d = r.line("d = √(v / (1 − β2ᵗ)) + ε", "", i -> Math.sqrt(v[i] / bc2) + eps);
        return r.line("x ← x − lr·(1 − μ_t)/(1 − Π)·g/d − lr·μ_t+1/(1 − Π·μ_t+1)·m/d", "",
                i -> x[i] - lr * (1 - mu) / (1 - product) * g[i] / d[i] - lr * muNext / (1 - product * muNext) * m[i] / d[i]);
    }

    private static double[] adadelta(Rule r) {
        double rho = r.p("rho");
        double eps = r.p("eps");
        double[] x = r.decoupledDecay();
        double[] g = r.coupledDecay(x);
        double[] v = r.line("v ← ρ·v + (1 − ρ)·g²", "v", i -> rho * r.before("v", i) + (1 - rho) * g[i] * g[i]);
        double[] delta = r.line("Δ = √(u + ε) / √(v + ε)·g", "", i -> Math.sqrt(r.before("u", i) + eps) / Math.sqrt(v[i] + eps) * g[i]);
        r.line("u ← ρ·u + (1 − ρ)·Δ²", "u", i -> rho * r.before("u", i) + (1 - rho) * delta[i] * delta[i]);
        return r.line("x ← x − lr·Δ", "", i -> x[i] - r.p("lr") * delta[i]);
    }

    private static double[] newton(Rule r, ScalarField field) {
        double[] x = r.point();
        double[] g = r.gradient();
        double[] h = Derivatives.hessian(field, x[0], x[1]);
        double det = h[0] * h[2] - h[1] * h[1];
        r.lines.add(new Line("H = ∇²f(x): [hxx, hxy; hxy, hyy]", new double[] {h[0], h[1], h[2]}, ""));
        r.scalar("det H", det);
        double lr = r.p("lr");
        if (h[0] > 0 && det > 0 && Double.isFinite(det)) {
            double[] d = r.line("d = H⁻¹·g", "", i -> i == 0 ? (h[2] * g[0] - h[1] * g[1]) / det : (h[0] * g[1] - h[1] * g[0]) / det);
            return r.line("x ← x − lr·d", "", i -> x[i] - lr * d[i]);
        }
        return r.line("x ← x − lr·g   (H not positive definite)", "", i -> x[i] - lr * g[i]);
    }

    // ---- building lines -------------------------------------------------------------------------

    private interface Component {
        double at(int i);
    }

    /** The run, the step, and the lines written so far. */
    private static final class Rule {
        final Map<String, String> values;
        final Trajectory run;
        final int t;
        final boolean keras;
        final List<Line> lines = new ArrayList<>();
        private final Optimizer optimizer;

        Rule(Optimizer optimizer, Trajectory run, int t) {
            this.optimizer = optimizer;
            this.values = optimizer.describe();
            this.run = run;
            this.t = t;
            this.keras = optimizer.convention() == Convention.KERAS;
        }

        double p(String name) {
            String v = values.get(name);
            if (v == null) {
                return 0;
            }
            return v.equals("true") ? 1 : v.equals("false") ? 0 : Double.parseDouble(v);
        }

        String parameterText() {
            StringBuilder s = new StringBuilder(optimizer.type().name()).append(" (")
                    .append(keras ? "Keras" : "PyTorch").append(")   t = ").append(t);
            // 1.0E-7 reads as 1e-7
            values.forEach((k, v) -> s.append("   ").append(k).append(" = ")
                    .append(v.replaceFirst("\\.0(?=E|$)", "").replace("E", "e")));
            return s.toString();
        }

        /** The point the step started from. */
        double[] point() {
            return new double[] {run.x(t - 1), run.y(t - 1)};
        }

        /** The gradient the optimizer was given, noise and clipping included. */
        double[] gradient() {
            return line("g = ∇f(x)" + (noisy() ? " + noise / clipping" : ""), "", i -> i == 0 ? run.usedGradX(t) : run.usedGradY(t));
        }

        private boolean noisy() {
            return run.usedGradX(t) != run.gradX(t - 1) || run.usedGradY(t) != run.gradY(t - 1);
        }

        /** The point, after Keras's (and AdamW's) decoupled weight decay when there is any. */
        double[] decoupledDecay() {
            double[] x = point();
            double wd = p("weight_decay");
            if (wd == 0 || !(keras || optimizer.type().name().equals("adamw"))) {
                return x;
            }
            return keras ? line("x ← x − x·weight_decay·lr", "", i -> x[i] - x[i] * wd * p("lr"))
                    : line("x ← x·(1 − lr·weight_decay)", "", i -> x[i] * (1 - p("lr") * wd));
        }

        /** The gradient, with PyTorch's L2 weight decay added when there is any. */
        double[] coupledDecay(double[] x) {
            double[] g = gradient();
            double wd = p("weight_decay");
            if (wd == 0 || keras) {
                return g;
            }
            return line("g ← g + weight_decay·x", "", i -> g[i] + wd * x[i]);
        }

        /** The state before the step, component i (0 for x, 1 for y). */
        double before(String state, int i) {
            return run.state(run.stateNames().indexOf(state + (i == 0 ? "_x" : "_y")), t - 1);
        }

        double beforeScalar(String state) {
            return run.state(run.stateNames().indexOf(state), t - 1);
        }

        double[] line(String rule, String state, Component c) {
            double[] v = {c.at(0), c.at(1)};
            lines.add(new Line(rule, v, state));
            return v;
        }

        double scalar(String rule, double value) {
            lines.add(new Line(rule, new double[] {value}, ""));
            return value;
        }

        double stateLine(String rule, String state, double value) {
            lines.add(new Line(rule, new double[] {value}, state));
            return value;
        }
    }
}
