package org.descentlab.core.optim.schedule;

import java.util.function.IntToDoubleFunction;

import org.descentlab.core.NumberText;

/**
 * The schedulers that are not a chainable PyTorch rule: LambdaLR (base rate times a factor of the epoch, as
 * scikit-learn's invscaling and Caffe's inv, poly and sigmoid are written here), and the two that read the
 * loss, ReduceLROnPlateau and scikit-learn's adaptive rate.
 */
final class OtherSchedulers {

    private OtherSchedulers() {
    }

    /** LambdaLR: base_lr·factor(e). */
    static final class LambdaLr extends LrScheduler {
        private final IntToDoubleFunction factor;
        private final int lastEpochAllowed;
        private final String end;

        /**
         * @param lastEpochAllowed the last epoch the formula is defined at (Caffe's poly at max_iter), or
         *                         {@link Integer#MAX_VALUE}
         * @param end              what to say past it
         */
        LambdaLr(ParamGroup g, IntToDoubleFunction factor, int lastEpochAllowed, String end) {
            super(g);
            this.factor = factor;
            this.lastEpochAllowed = lastEpochAllowed;
            this.end = end;
            begin();
        }

        @Override
        double lr() {
            if (lastEpoch > lastEpochAllowed) {
                throw new ScheduleEnd(end);
            }
            return baseLr * factor.applyAsDouble(lastEpoch);
        }
    }

    /** A rule stepped with the loss: {@code sched.step(loss)}. */
    interface LossRule {
        void step(double loss);
    }

    /** ReduceLROnPlateau in mode "min". */
    static final class Plateau implements LossRule {
        private final ParamGroup group;
        private final double factor;
        private final int patience;
        private final double threshold;
        private final boolean relative;
        private final int cooldown;
        private final double minLr;
        private final double eps;
        private double best = Double.POSITIVE_INFINITY;
        private int badEpochs;
        private int cooldownCounter;

        Plateau(ParamGroup group, double factor, int patience, double threshold, boolean relative, int cooldown, double minLr,
                double eps) {
            this.group = group;
            this.factor = factor;
            this.patience = patience;
            this.threshold = threshold;
            this.relative = relative;
            this.cooldown = cooldown;
            this.minLr = minLr;
            this.eps = eps;
        }

        private boolean better(double a) {
            return relative ? a < best * (1.0 - threshold) : a < best - threshold;
        }

        @Override
        public void step(double loss) {
            if (better(loss)) {
                best = loss;
                badEpochs = 0;
            } else {
                badEpochs++;
            }
            if (cooldownCounter > 0) {
                cooldownCounter--;
                badEpochs = 0;
            }
            if (badEpochs > patience) {
                double old = group.lr;
                double lowered = Math.max(old * factor, minLr);
                if (old - lowered > eps) {
                    group.lr = lowered;
                }
                cooldownCounter = cooldown;
                badEpochs = 0;
            }
        }
    }

    /**
     * scikit-learn's {@code learning_rate="adaptive"} (SGDClassifier, SGDRegressor), one sample per update:
     * after an update whose loss is not below best − tol, a count goes up (else it is reset), best is the
     * least loss so far; when the count reaches n_iter_no_change the rate is divided by 5 and the count
     * reset, unless the rate is 1e-6 or less, where scikit-learn ends the fit.
     */
    static final class Adaptive implements LossRule {
        private final ParamGroup group;
        private final double tol;
        private final int patience;
        private double best = Double.POSITIVE_INFINITY;
        private int noImprovement;

        Adaptive(ParamGroup group, double tol, int patience) {
            this.group = group;
            this.tol = tol;
            this.patience = patience;
        }

        @Override
        public void step(double loss) {
            if (loss > best - tol) {
                noImprovement++;
            } else {
                noImprovement = 0;
            }
            if (loss < best) {
                best = loss;
            }
            if (noImprovement >= patience) {
                if (!(group.lr > 1e-6)) {
                    throw new ScheduleEnd("adaptive: no improvement by tol for n_iter_no_change steps with the rate at "
                            + NumberText.exact(group.lr) + " <= 1e-6: scikit-learn ends the fit here");
                }
                group.lr = group.lr / 5;
                noImprovement = 0;
            }
        }
    }
}
