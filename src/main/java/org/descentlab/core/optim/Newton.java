package org.descentlab.core.optim;

import java.util.List;

import org.descentlab.core.field.Derivatives;

/**
 * Newton's method with the numerical Hessian H (not in torch.optim):
 * <pre>
 *   H positive definite: x ← x − lr·H⁻¹g
 *   otherwise:           x ← x − lr·g   (a gradient step, noted on the run)
 * </pre>
 * Default lr 1 (the full Newton step).
 */
public record Newton(double lr) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("newton",
            "Newton: x <- x - lr*inverse(H)*g; a gradient step where H is not positive definite", List.of(
                    ParameterSpec.atLeast("lr", 1.0, 0, "step scale; 1 is the full Newton step")),
            p -> new Newton(p.get("lr")));

    public Newton {
        TYPE.check(lr);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr);
    }

    @Override
    public Stepper start() {
        return new Stepper() {
            private final double[] h = new double[3];

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
                if (a > 0 && det > 0 && Double.isFinite(det)) {
                    double dx = (c * g[0] - b * g[1]) / det;
                    double dy = (a * g[1] - b * g[0]) / det;
                    trace.line("d = H⁻¹·g", dx, dy);
                    x[0] -= lr * dx;
                    x[1] -= lr * dy;
                    trace.line("x ← x − lr·d", x[0], x[1]);
                } else {
                    context.note("Hessian not positive definite: took a gradient step");
                    x[0] -= lr * g[0];
                    x[1] -= lr * g[1];
                    trace.line("x ← x − lr·g   (H not positive definite)", x[0], x[1]);
                }
            }

            @Override
            public OptimizerState state() {
                return OptimizerState.NONE;
            }
        };
    }
}
