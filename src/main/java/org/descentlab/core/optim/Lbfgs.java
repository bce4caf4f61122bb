package org.descentlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.LBFGS(lr, max_iter=1, max_eval, tolerance_grad, tolerance_change, history_size,
 * line_search_fn)} with {@code step(closure)} called once per update: one L-BFGS iteration each.
 * <pre>
 *   max|g| ≤ tolerance_grad:  no iteration, x stays
 *   first update:             d = −g,  t = min(1, 1/‖g‖₁)·lr
 *   later:                    y = g − g_prev,  s = t_prev·d_prev;  if yᵀs > 1e-10 keep (y, s), the oldest
 *                             dropped past history_size, and H_diag = yᵀs / yᵀy
 *                             d = −H·g by the two-loop recursion over the kept pairs, H₀ = H_diag·I;  t = lr
 *   gᵀd > −tolerance_change:  no step
 *   line_search_fn none:      x ← x + t·d
 *   strong_wolfe:             t from {@link StrongWolfe the strong Wolfe search} starting at that t; x ← x + t·d
 * </pre>
 * Each update evaluates f and the gradient once at x (torch's first closure call: the run's gradient, with its
 * noise and clipping), and the strong Wolfe search once per trial point (the run's gradient method there,
 * without noise); {@link StepContext#trial} records every trial point. Every a + α·b is one fused multiply-add,
 * as torch's {@code add_(b, alpha=α)} computes it on a CPU with FMA, so that the paths agree to the last digit
 * far longer. Defaults lr 1, history_size 100,
 * tolerance_grad 1e-7, tolerance_change 1e-9, line_search_fn none, max_eval 25.
 *
 * <p>max_eval is the issue's {@code LBFGS(max_iter=1, max_eval=25)}, written as such into exported scripts;
 * torch's own default would be max_iter·5/4 = 1. In torch it is checked only between the iterations of one
 * {@code step()}, after {@code max_iter} is: with one iteration per step it never ends a step, and the line
 * search is bounded by its own max_ls = 25 whatever max_eval is. Keras has no L-BFGS: with defaults=keras it
 * is still torch's rule, and the run says so.
 */
public record Lbfgs(double lr, int historySize, double toleranceGrad, double toleranceChange, boolean strongWolfe,
        int maxEval, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = OptimizerType.only(Convention.PYTORCH, "lbfgs",
            "L-BFGS: one iteration of torch.optim.LBFGS per step, a quasi-Newton direction from the last curvature pairs",
            List.of(ParameterSpec.atLeast("lr", 1.0, 0, "the step length t along the direction (the first scaled by 1/|g|_1)"),
                    ParameterSpec.whole("history_size", 100, 1, "curvature pairs (y, s) kept"),
                    ParameterSpec.atLeast("tolerance_grad", 1e-7, 0, "no iteration once max|g| is this small"),
                    ParameterSpec.atLeast("tolerance_change", 1e-9, 0, "no step once g.d is above -tolerance_change"),
                    ParameterSpec.choice("line_search_fn", List.of("none", "strong_wolfe"), "the line search along d"),
                    ParameterSpec.whole("max_eval", 25, 1,
                            "evaluations per step, checked by torch only between iterations: never binds at one per step")),
            (p, c) -> new Lbfgs(p.get("lr"), (int) p.get("history_size"), p.get("tolerance_grad"), p.get("tolerance_change"),
                    p.choice("line_search_fn").equals("strong_wolfe"), (int) p.get("max_eval"), c));

    public Lbfgs {
        TYPE.check(lr, historySize, toleranceGrad, toleranceChange, strongWolfe ? 1 : 0, maxEval);
        Check.convention(convention);
    }

    /** PyTorch's defaults but lr and the line search. */
    public Lbfgs(double lr, boolean strongWolfe) {
        this(lr, 100, 1e-7, 1e-9, strongWolfe, 25, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, historySize, toleranceGrad, toleranceChange, strongWolfe ? 1 : 0, maxEval);
    }

    @Override
    public Stepper start() {
        return new LbfgsStepper();
    }

    /**
     * What L-BFGS carries from one update to the next, as torch's state holds it.
     *
     * @param d           the last direction
     * @param t           the last step length along it (torch keeps it even when no step was taken)
     * @param hDiag       the scale of the initial inverse Hessian, yᵀs / yᵀy of the newest pair
     * @param history     how many curvature pairs are kept
     * @param evaluations f-and-gradient evaluations the last update made (torch's closure calls)
     */
    public record State(Vec2 d, double t, double hDiag, int history, int evaluations) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("d", d).add("t", t).add("H_diag", hDiag).add("history", history)
                    .add("evaluations", evaluations).map();
        }
    }

    private final class LbfgsStepper extends RateStepper {
        private int iterations;
        private final double[] d = new double[2];
        private double t;
        private double hDiag = 1;
        private final List<double[]> ys = new ArrayList<>();
        private final List<double[]> ss = new ArrayList<>();
        private final List<Double> ro = new ArrayList<>();
        private double[] previousGrad;
        private int evaluations;

        LbfgsStepper() {
            super(Lbfgs.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            double loss = context.field().value(x[0], x[1]);
            evaluations = 1;
            trace.line("f(x)   (the closure, evaluation 1)", loss);
            if (Math.max(Math.abs(g[0]), Math.abs(g[1])) <= toleranceGrad) {
                trace.line("max|g| ≤ tolerance_grad: torch returns before iterating; x stays", x[0], x[1]);
                return;
            }
            iterations++;
            if (iterations == 1) {
                d[0] = -g[0];
                d[1] = -g[1];
                trace.state("d = −g   (first iteration: no curvature pairs yet)", "d", d[0], d[1]);
            } else {
                remember(g, trace);
                direction(g);
                trace.state("d = −H·g   (two-loop recursion over " + ys.size() + " pair" + (ys.size() == 1 ? "" : "s")
                        + ", H₀ = H_diag·I)", "d", d[0], d[1]);
            }
            previousGrad = g.clone();
            t = iterations == 1 ? Math.min(1.0, 1.0 / (Math.abs(g[0]) + Math.abs(g[1]))) * lr : lr;
            trace.line(iterations == 1 ? "t = min(1, 1/‖g‖₁)·lr" : "t = lr", t);
            double gtd = StrongWolfe.dot(g, d);
            trace.line("gᵀd", gtd);
            if (gtd > -toleranceChange) {
                trace.state("gᵀd > −tolerance_change: no step (torch keeps d and t)", "t", t);
                return;
            }
            if (strongWolfe) {
                search(x, g, loss, gtd, context);
            }
            x[0] = Math.fma(t, d[0], x[0]);
            x[1] = Math.fma(t, d[1], x[1]);
            trace.line("x ← x + t·d", x[0], x[1]);
        }

        /** The curvature pair of the last step, kept if yᵀs > 1e-10. */
        private void remember(double[] g, Trace trace) {
            double[] y = {g[0] - previousGrad[0], g[1] - previousGrad[1]};
            double[] s = {d[0] * t, d[1] * t};
            double ysDot = StrongWolfe.dot(y, s);
            trace.line("y = g − g_prev", y[0], y[1]);
            trace.line("s = t_prev·d_prev", s[0], s[1]);
            trace.line("yᵀs", ysDot);
            if (!(ysDot > 1e-10)) {
                trace.line("yᵀs ≤ 1e-10: the pair is not kept; H_diag stays", hDiag);
                return;
            }
            if (ys.size() == historySize) {
                ys.remove(0);
                ss.remove(0);
                ro.remove(0);
            }
            ys.add(y);
            ss.add(s);
            ro.add(1.0 / ysDot);
            hDiag = ysDot / StrongWolfe.dot(y, y);
            trace.state("H_diag = yᵀs / yᵀy", "H_diag", hDiag);
        }

        /** d = −H·g, H the L-BFGS inverse Hessian of the kept pairs; each a + α·b fused, as torch's add_(b, alpha=α). */
        private void direction(double[] g) {
            int m = ys.size();
            double[] alpha = new double[m];
            double[] q = {-g[0], -g[1]};
            for (int i = m - 1; i >= 0; i--) {
                alpha[i] = StrongWolfe.dot(ss.get(i), q) * ro.get(i);
                q[0] = Math.fma(-alpha[i], ys.get(i)[0], q[0]);
                q[1] = Math.fma(-alpha[i], ys.get(i)[1], q[1]);
            }
            d[0] = q[0] * hDiag;
            d[1] = q[1] * hDiag;
            for (int i = 0; i < m; i++) {
                double beta = StrongWolfe.dot(ys.get(i), d) * ro.get(i);
                d[0] = Math.fma(alpha[i] - beta, ss.get(i)[0], d[0]);
                d[1] = Math.fma(alpha[i] - beta, ss.get(i)[1], d[1]);
            }
        }

        /** The strong Wolfe search from t, every trial point recorded; sets t to the step it returns. */
        private void search(double[] x, double[] g, double loss, double gtd, StepContext context) {
            Trace trace = context.trace();
            double x0 = x[0];
            double y0 = x[1];
            int[] trials = {0};
            StrongWolfe.Result r = StrongWolfe.search((trial, grad) -> {
                double px = Math.fma(trial, d[0], x0);
                double py = Math.fma(trial, d[1], y0);
                double f = context.field().value(px, py);
                context.differences().gradient(context.field(), px, py, grad);
                context.trial(px, py, f);
                if (trace.on()) {
                    trace.line("trial " + ++trials[0] + ": t, f(x + t·d)", new double[] {trial, f});
                }
                return f;
            }, t, d, loss, g, gtd);
            evaluations += r.evaluations();
            t = r.t();
            String why = switch (r.outcome()) {
                case WOLFE -> "strong Wolfe conditions met";
                case BRACKET_TOLERANCE -> "bracket narrower than 1e-9";
                case MAX_LS -> "max_ls = 25 reached";
            };
            trace.state("t = the lowest point of the bracket: " + why + ", " + evaluations + " evaluations", "t", t);
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(d), t, hDiag, ys.size(), evaluations);
        }
    }
}
