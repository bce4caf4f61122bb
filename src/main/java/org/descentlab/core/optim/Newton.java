package org.descentlab.core.optim;

import java.util.List;

import org.descentlab.core.field.Derivatives;

/**
 * Newton's method with the numerical Hessian H (in neither torch.optim nor Keras). By default it is
 * safeguarded, so that it only ever goes downhill:
 * <pre>
 *   H positive definite: x ← x − lr·H⁻¹g
 *   otherwise:           x ← x − lr·g   (a gradient step, noted on the run)
 * </pre>
 * With {@code pure=true} it is the pure Newton iteration, which seeks a zero of the gradient whatever
 * the curvature, and so is drawn to saddles and maxima as much as to minima:
 * <pre>
 *   det H ≠ 0: x ← x − lr·H⁻¹g   (noted where H is not positive definite)
 *   det H = 0: x ← x − lr·g      (there is no Newton step; noted)
 * </pre>
 * Defaults lr 1 (the full Newton step), pure false.
 *
 * <p>g is the run's gradient, taken as the run says (central or forward differences, its step h). H is
 * always {@link Derivatives#hessian second central differences} with their own step, ε^¼·max(1, |xᵢ|),
 * whatever the run's gradient method: a fixed h chosen for the gradient (forward h = 0.5) would make the
 * curvature as wrong as the gradient, and the run's choice is about the gradient.
 */
public record Newton(double lr, boolean pure) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("newton",
            "Newton: x <- x - lr*inverse(H)*g; a gradient step where H is not positive definite, unless pure", List.of(
                    ParameterSpec.atLeast("lr", 1.0, 0, "step scale; 1 is the full Newton step"),
                    ParameterSpec.flag("pure", false, "the Newton step even where H is not positive definite (seeks saddles too)")),
            p -> new Newton(p.get("lr"), p.flag("pure")));

    public Newton {
        TYPE.check(lr, pure ? 1 : 0);
    }

    /** The safeguarded method. */
    public Newton(double lr) {
        this(lr, false);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, pure ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new Stepper() {
            private final double[] h = new double[3];
            private double lr = Newton.this.lr;

            @Override
            public void step(double[] x, double[] g, StepContext context) {
                Trace trace = context.trace();
                Derivatives.hessian(context.field(), x[0], x[1], h);
                trace.line("H = ∇²f(x): [hxx, hxy; hxy, hyy]", h);
                double a = h[0];
                double b = h[1];
                double c = h[2];
                double det = a * c - b * b;
                trace.line("det H", det);
                boolean positiveDefinite = a > 0 && det > 0 && Double.isFinite(det);
                boolean invertible = det != 0 && Double.isFinite(det);
                if (positiveDefinite || pure && invertible) {
                    if (!positiveDefinite) {
                        context.note("Hessian not positive definite: a pure Newton step, towards a saddle or a maximum");
                    }
                    double dx = (c * g[0] - b * g[1]) / det;
                    double dy = (a * g[1] - b * g[0]) / det;
                    trace.line("d = H⁻¹·g", dx, dy);
                    x[0] -= lr * dx;
                    x[1] -= lr * dy;
                    trace.line(positiveDefinite ? "x ← x − lr·d" : "x ← x − lr·d   (H not positive definite)", x[0], x[1]);
                } else {
                    context.note(pure ? "Hessian singular: took a gradient step"
                            : "Hessian not positive definite: took a gradient step");
                    x[0] -= lr * g[0];
                    x[1] -= lr * g[1];
                    trace.line(pure ? "x ← x − lr·g   (H singular)" : "x ← x − lr·g   (H not positive definite)", x[0], x[1]);
                }
            }

            @Override
            public void setLearningRate(double rate) {
                lr = rate;
            }

            @Override
            public double learningRate() {
                return lr;
            }

            @Override
            public OptimizerState state() {
                return OptimizerState.NONE;
            }
        };
    }
}
