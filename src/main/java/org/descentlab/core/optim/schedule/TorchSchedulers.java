package org.descentlab.core.optim.schedule;

import java.util.Arrays;

/**
 * The schedulers of {@code torch.optim.lr_scheduler}, each as its {@code get_lr()} and
 * {@code _get_closed_form_lr()} read in PyTorch's code (main branch, commit 008f727), in the same order of
 * operations so that the rates agree to the last digit wherever Java's and C's cos and pow do.
 */
final class TorchSchedulers {

    private TorchSchedulers() {
    }

    /** StepLR: lr·γ every step_size epochs, chainable. */
    static final class StepLr extends LrScheduler {
        private final int stepSize;
        private final double gamma;

        StepLr(ParamGroup g, int stepSize, double gamma) {
            super(g);
            this.stepSize = stepSize;
            this.gamma = gamma;
        }

        @Override
        double lr() {
            return lastEpoch == 0 || lastEpoch % stepSize != 0 ? group.lr : group.lr * gamma;
        }

        @Override
        double closedForm() {
            return baseLr * Math.pow(gamma, lastEpoch / stepSize);
        }
    }

    /** MultiStepLR: lr·γ^(times e is a milestone) at each milestone, chainable. */
    static final class MultiStepLr extends LrScheduler {
        private final int[] milestones;
        private final double gamma;

        MultiStepLr(ParamGroup g, int[] milestones, double gamma) {
            super(g);
            this.milestones = milestones.clone();
            Arrays.sort(this.milestones);
            this.gamma = gamma;
        }

        @Override
        double lr() {
            int count = 0;
            for (int m : milestones) {
                count += m == lastEpoch ? 1 : 0;
            }
            return count == 0 ? group.lr : group.lr * Math.pow(gamma, count);
        }

        @Override
        double closedForm() {
            int passed = 0;
            for (int m : milestones) {
                passed += m <= lastEpoch ? 1 : 0;
            }
            return baseLr * Math.pow(gamma, passed);
        }
    }

    /** ExponentialLR: lr·γ every epoch, chainable. */
    static final class ExponentialLr extends LrScheduler {
        private final double gamma;

        ExponentialLr(ParamGroup g, double gamma) {
            super(g);
            this.gamma = gamma;
        }

        @Override
        double lr() {
            return initial ? group.lr : group.lr * gamma;
        }

        @Override
        double closedForm() {
            return baseLr * Math.pow(gamma, lastEpoch);
        }
    }

    /** CosineAnnealingLR in its recursive form, with the rise after T_max PyTorch's recursion makes. */
    static final class CosineLr extends LrScheduler {
        private final int tMax;
        private final double etaMin;

        CosineLr(ParamGroup g, int tMax, double etaMin) {
            super(g);
            this.tMax = tMax;
            this.etaMin = etaMin;
        }

        @Override
        double lr() {
            if (initial) {
                return group.lr;
            } else if (stepCount == 1 && lastEpoch > 0) {
                return etaMin + (baseLr - etaMin) * (1 + Math.cos(lastEpoch * Math.PI / tMax)) / 2;
            } else if (Math.floorMod(lastEpoch - 1 - tMax, 2 * tMax) == 0) {
                return group.lr + (baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
            }
            return (1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax))
                    * (group.lr - etaMin) + etaMin;
        }

        @Override
        double closedForm() {
            return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * lastEpoch / tMax)) / 2;
        }
    }

    /** LinearLR: the factor from start_factor to end_factor over total_iters, chainable. */
    static final class LinearLr extends LrScheduler {
        private final double start;
        private final double end;
        private final int total;

        LinearLr(ParamGroup g, double start, double end, int total) {
            super(g);
            this.start = start;
            this.end = end;
            this.total = total;
        }

        @Override
        double lr() {
            if (lastEpoch == 0) {
                return group.lr * start;
            }
            if (initial || lastEpoch > total) {
                return group.lr;
            }
            return group.lr * (1.0 + (end - start) / (total * start + (lastEpoch - 1) * (end - start)));
        }

        @Override
        double closedForm() {
            return baseLr * (start + (end - start) * Math.min(total, lastEpoch) / total);
        }
    }

    /** PolynomialLR: lr·(1 − e/total_iters)^power, chainable. */
    static final class PolynomialLr extends LrScheduler {
        private final int total;
        private final double power;

        PolynomialLr(ParamGroup g, int total, double power) {
            super(g);
            this.total = total;
            this.power = power;
        }

        @Override
        double lr() {
            if (initial || lastEpoch > total) {
                return group.lr;
            }
            double factor = Math.pow((1.0 - (double) lastEpoch / total) / (1.0 - (double) (lastEpoch - 1) / total), power);
            return group.lr * factor;
        }

        @Override
        double closedForm() {
            return baseLr * Math.pow(1.0 - (double) Math.min(total, lastEpoch) / total, power);
        }
    }

    /** SequentialLR([first, then], milestones=[milestone]), as a warm-up puts them. */
    static final class SequentialLr extends LrScheduler {
        private final LrScheduler first;
        private final LrScheduler then;
        private final int milestone;

        SequentialLr(ParamGroup g, LrScheduler first, LrScheduler then, int milestone) {
            super(g);
            this.first = first;
            this.then = then;
            this.milestone = milestone;
            lastEpoch = 0;
            group.lr = group.initialLr;
            first.lastEpoch--;
            then.lastEpoch--;
            first.initialStep();
        }

        @Override
        void step() {
            lastEpoch++;
            if (lastEpoch < milestone) {
                first.step();
            } else if (lastEpoch == milestone) {
                then.updateLr(0);
            } else {
                then.step();
            }
        }

        @Override
        double lr() {
            throw new UnsupportedOperationException("SequentialLR steps the scheduler of the epoch");
        }
    }
}
