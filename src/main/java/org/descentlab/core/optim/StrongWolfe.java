package org.descentlab.core.optim;

/**
 * The line search of {@code torch.optim.LBFGS(line_search_fn='strong_wolfe')} ({@code _strong_wolfe} in
 * torch/optim/lbfgs.py, itself from minFunc's lswolfe): along d from x, it brackets a step t satisfying the
 * strong Wolfe conditions
 * <pre>
 *   f(x + t·d) ≤ f(x) + c1·t·gᵀd          (sufficient decrease, c1 = 1e-4)
 *   |∇f(x + t·d)ᵀd| ≤ −c2·gᵀd             (curvature, c2 = 0.9)
 * </pre>
 * growing t by cubic interpolation within [t + 0.01·(t − t_prev), 10·t], then zooms into the bracket by
 * cubic interpolation, kept 10% of the bracket away from its ends when progress stalls. It stops once a
 * point satisfies both conditions, the bracket is narrower than 1e-9 along d's largest component, or after
 * max_ls = 25 evaluations past the first, and returns the lowest point of the bracket. torch passes its
 * own fixed tolerance 1e-9 here, not the optimizer's tolerance_change; so does this.
 */
final class StrongWolfe {

    static final double C1 = 1e-4;
    static final double C2 = 0.9;
    static final double TOLERANCE_CHANGE = 1e-9;
    static final int MAX_LS = 25;

    /** f and its gradient at x + t·d: the closure torch calls. */
    interface Objective {
        /** f at x + t·d, with the gradient there written into {@code grad}. */
        double evaluate(double t, double[] grad);
    }

    /** What the search found: the step, f and the gradient there, how many evaluations it made, and why it ended. */
    record Result(double t, double f, double[] grad, int evaluations, Outcome outcome) {
    }

    /** Why a search ended. */
    enum Outcome {
        /** A point satisfies both strong Wolfe conditions. */
        WOLFE,
        /** The bracket became narrower than the tolerance along d. */
        BRACKET_TOLERANCE,
        /** max_ls evaluations past the first. */
        MAX_LS
    }

    private StrongWolfe() {
    }

    /**
     * @param t   the first trial step
     * @param d   the direction
     * @param f   f(x)
     * @param g   ∇f(x)
     * @param gtd gᵀd, negative
     */
    static Result search(Objective objective, double t, double[] d, double f, double[] g, double gtd) {
        double dNorm = Math.max(Math.abs(d[0]), Math.abs(d[1]));
        double[] gNew = new double[2];
        double fNew = objective.evaluate(t, gNew);
        int evaluations = 1;
        double gtdNew = dot(gNew, d);
        double tPrev = 0;
        double fPrev = f;
        double[] gPrev = g.clone();
        double gtdPrev = gtd;
        double[] bt = new double[2];
        double[] bf = new double[2];
        double[][] bg = new double[2][];
        double[] bgtd = new double[2];
        boolean done = false;
        int lsIter = 0;
        while (lsIter < MAX_LS) {
            boolean wolfe = Math.abs(gtdNew) <= -C2 * gtd;
            // torch's order: no sufficient decrease (or f rose), then the Wolfe point, then a slope turned uphill
            if (fNew > f + C1 * t * gtd || lsIter > 1 && fNew >= fPrev || !wolfe && gtdNew >= 0) {
                bt[0] = tPrev;
                bt[1] = t;
                bf[0] = fPrev;
                bf[1] = fNew;
                bg[0] = gPrev;
                bg[1] = gNew.clone();
                bgtd[0] = gtdPrev;
                bgtd[1] = gtdNew;
                break;
            }
            if (wolfe) {
                bt[0] = t;
                bf[0] = fNew;
                bg[0] = gNew.clone();
                done = true;
                break;
            }
            double minStep = t + 0.01 * (t - tPrev);
            double maxStep = t * 10;
            double tmp = t;
            t = cubic(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, minStep, maxStep);
            tPrev = tmp;
            fPrev = fNew;
            gPrev = gNew.clone();
            gtdPrev = gtdNew;
            fNew = objective.evaluate(t, gNew);
            evaluations++;
            gtdNew = dot(gNew, d);
            lsIter++;
        }
        if (lsIter == MAX_LS) {
            // torch keeps [0, t] here with no slopes: the zoom below cannot run, and the lower end is returned
            bt[0] = 0;
            bt[1] = t;
            bf[0] = f;
            bf[1] = fNew;
            bg[0] = g.clone();
            bg[1] = gNew.clone();
            return end(bt, bf, bg, bf[0] <= bf[1] ? 0 : 1, evaluations, Outcome.MAX_LS);
        }
        if (done) {
            return end(bt, bf, bg, 0, evaluations, Outcome.WOLFE);
        }
        Outcome outcome = Outcome.MAX_LS;
        boolean insufficientProgress = false;
        int low = bf[0] <= bf[1] ? 0 : 1;
        int high = 1 - low;
        while (!done && lsIter < MAX_LS) {
            if (Math.abs(bt[1] - bt[0]) * dNorm < TOLERANCE_CHANGE) {
                outcome = Outcome.BRACKET_TOLERANCE;
                break;
            }
            t = cubic(bt[0], bf[0], bgtd[0], bt[1], bf[1], bgtd[1], Double.NaN, Double.NaN);
            double hi = pyMax(bt[0], bt[1]);
            double lo = pyMin(bt[0], bt[1]);
            double eps = 0.1 * (hi - lo);
            if (pyMin(hi - t, t - lo) < eps) {
                // close to an end of the bracket: after a stall, or at the end itself, move 10% inside
                if (insufficientProgress || t >= hi || t <= lo) {
                    t = Math.abs(t - hi) < Math.abs(t - lo) ? hi - eps : lo + eps;
                    insufficientProgress = false;
                } else {
                    insufficientProgress = true;
                }
            } else {
                insufficientProgress = false;
            }
            fNew = objective.evaluate(t, gNew);
            evaluations++;
            gtdNew = dot(gNew, d);
            lsIter++;
            if (fNew > f + C1 * t * gtd || fNew >= bf[low]) {
                bt[high] = t;
                bf[high] = fNew;
                bg[high] = gNew.clone();
                bgtd[high] = gtdNew;
                low = bf[0] <= bf[1] ? 0 : 1;
                high = 1 - low;
            } else {
                if (Math.abs(gtdNew) <= -C2 * gtd) {
                    done = true;
                    outcome = Outcome.WOLFE;
                } else if (gtdNew * (bt[high] - bt[low]) >= 0) {
                    bt[high] = bt[low];
                    bf[high] = bf[low];
                    bg[high] = bg[low];
                    bgtd[high] = bgtd[low];
                }
                bt[low] = t;
                bf[low] = fNew;
                bg[low] = gNew.clone();
                bgtd[low] = gtdNew;
            }
        }
        return end(bt, bf, bg, low, evaluations, outcome);
    }

    private static Result end(double[] bt, double[] bf, double[][] bg, int low, int evaluations, Outcome outcome) {
        return new Result(bt[low], bf[low], bg[low], evaluations, outcome);
    }

    /**
     * The minimiser of the cubic through (x1, f1) and (x2, f2) with slopes g1 and g2, clamped to [lo, hi] (the
     * span of x1 and x2 when lo is NaN); the middle of that interval when the cubic has no minimum. torch's
     * {@code _cubic_interpolate}.
     */
    static double cubic(double x1, double f1, double g1, double x2, double f2, double g2, double lo, double hi) {
        double min = Double.isNaN(lo) ? (x1 <= x2 ? x1 : x2) : lo;
        double max = Double.isNaN(lo) ? (x1 <= x2 ? x2 : x1) : hi;
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square >= 0) {
            double d2 = Math.sqrt(d2Square);
            double at = x1 <= x2 ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                    : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
            return pyMin(pyMax(at, min), max);
        }
        return (min + max) / 2.0;
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1];
    }

    /** Python's max(a, b): a unless b is greater (so NaN in a stays). */
    private static double pyMax(double a, double b) {
        return b > a ? b : a;
    }

    /** Python's min(a, b): a unless b is less. */
    private static double pyMin(double a, double b) {
        return b < a ? b : a;
    }
}
