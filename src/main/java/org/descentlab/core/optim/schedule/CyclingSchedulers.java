package org.descentlab.core.optim.schedule;

/**
 * The schedulers that cycle momentum (or beta1) against the rate: PyTorch's CyclicLR and OneCycleLR, as their
 * code reads, and fastai's {@code fit_one_cycle}.
 */
final class CyclingSchedulers {

    static final String NO_MOMENTUM = "optimizer must support momentum or beta1 with `cycle_momentum` option enabled";

    private CyclingSchedulers() {
    }

    /** The cycle modes of CyclicLR. */
    enum Mode {
        TRIANGULAR, TRIANGULAR2, EXP_RANGE
    }

    /** CyclicLR: a triangle between base_lr and max_lr, momentum the other way round. */
    static final class CyclicLr extends LrScheduler {
        private final double max;
        private final double totalSize;
        private final double stepRatio;
        private final Mode mode;
        private final double gamma;
        private final boolean cycleMomentum;
        private final double baseMomentum;
        private final double maxMomentum;

        CyclicLr(ParamGroup g, double base, double max, int up, int down, Mode mode, double gamma, boolean cycleMomentum,
                double baseMomentum, double maxMomentum) {
            super(g);
            g.lr = base;
            this.max = max;
            this.totalSize = (double) up + down;
            this.stepRatio = up / totalSize;
            this.mode = mode;
            this.gamma = gamma;
            this.cycleMomentum = cycleMomentum;
            this.baseMomentum = baseMomentum;
            this.maxMomentum = maxMomentum;
            if (cycleMomentum) {
                if (!g.hasMomentum) {
                    throw new IllegalArgumentException(NO_MOMENTUM);
                }
                g.momentum = maxMomentum;
            }
            // PyTorch: super().__init__ (whose initial step reads base_lrs = initial_lr), then base_lrs = base_lr
            begin();
            baseLr = base;
        }

        private double scale(double x) {
            return switch (mode) {
                case TRIANGULAR -> 1.0;
                case TRIANGULAR2 -> 1 / Math.pow(2.0, x - 1);
                case EXP_RANGE -> Math.pow(gamma, x);
            };
        }

        @Override
        double lr() {
            double b = baseLr;
            int cycle = (int) Math.floor(1 + lastEpoch / totalSize);
            double x = 1.0 + lastEpoch / totalSize - cycle;
            double scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
            double s = scale(mode == Mode.EXP_RANGE ? lastEpoch : cycle);
            double lr = b + (max - b) * scaleFactor * s;
            if (cycleMomentum) {
                group.momentum = maxMomentum - (maxMomentum - baseMomentum) * scaleFactor * s;
            }
            return lr;
        }
    }

    /** OneCycleLR: up from max_lr/div_factor to max_lr, then down to its final value; momentum the other way round. */
    static final class OneCycleLr extends LrScheduler {
        private final int totalSteps;
        private final double[] ends;
        /** Each phase's start and end rate and momentum: 0 initial, 1 max, 2 min for rates; 0 max, 1 base for momenta. */
        private final int[][] phases;
        private final boolean cosine;
        private final boolean cycleMomentum;

        OneCycleLr(ParamGroup g, double maxLr, int totalSteps, double pctStart, boolean cosine, boolean cycleMomentum,
                double baseMomentum, double maxMomentum, double divFactor, double finalDivFactor, boolean threePhase) {
            super(g);
            this.totalSteps = totalSteps;
            this.cosine = cosine;
            this.cycleMomentum = cycleMomentum;
            if (threePhase) {
                ends = new double[] {pctStart * totalSteps - 1, 2 * pctStart * totalSteps - 2, totalSteps - 1};
                phases = new int[][] {{0, 1, 0, 1}, {1, 0, 1, 0}, {0, 2, 0, 0}};
            } else {
                ends = new double[] {pctStart * totalSteps - 1, totalSteps - 1};
                phases = new int[][] {{0, 1, 0, 1}, {1, 2, 1, 0}};
            }
            g.initialLr = maxLr / divFactor;
            g.maxLr = maxLr;
            g.minLr = g.initialLr / finalDivFactor;
            if (cycleMomentum) {
                if (!g.hasMomentum) {
                    throw new IllegalArgumentException(NO_MOMENTUM);
                }
                g.momentum = maxMomentum;
                g.maxMomentum = maxMomentum;
                g.baseMomentum = baseMomentum;
            }
            begin();
        }

        private double rate(int which) {
            return which == 0 ? group.initialLr : which == 1 ? group.maxLr : group.minLr;
        }

        private double anneal(double start, double end, double pct) {
            if (!cosine) {
                return (end - start) * pct + start;
            }
            double cosOut = Math.cos(Math.PI * pct) + 1;
            return end + (start - end) / 2.0 * cosOut;
        }

        @Override
        double lr() {
            if (lastEpoch > totalSteps) {
                throw new ScheduleEnd("Tried to step " + lastEpoch + " times. The specified number of total steps is " + totalSteps);
            }
            double startStep = 0.0;
            for (int i = 0; i < ends.length; i++) {
                if (lastEpoch <= ends[i] || i == ends.length - 1) {
                    if (ends[i] - startStep == 0) {
                        throw new ScheduleEnd("float division by zero: phase " + (i + 1) + " of the cycle has no length");
                    }
                    double pct = (lastEpoch - startStep) / (ends[i] - startStep);
                    int[] p = phases[i];
                    if (cycleMomentum) {
                        group.momentum = anneal(p[2] == 0 ? group.maxMomentum : group.baseMomentum,
                                p[3] == 0 ? group.maxMomentum : group.baseMomentum, pct);
                    }
                    return anneal(rate(p[0]), rate(p[1]), pct);
                }
                startStep = ends[i];
            }
            throw new IllegalStateException("no phase");
        }
    }

    /**
     * fastai's {@code fit_one_cycle}: over n = total_steps updates, at pos = e/n, the rate is
     * combined_cos(pct_start, lr_max/div, lr_max, lr_max/div_final) and the momentum combined_cos(pct_start,
     * moms), where each half is SchedCos: start + (1 + cos(π·(1 − p)))·(end − start)/2.
     */
    static final class FastaiOneCycle extends LrScheduler {
        private final double lrMax;
        private final int total;
        private final double pctStart;
        private final double div;
        private final double divFinal;
        private final double[] moms;

        FastaiOneCycle(ParamGroup g, double lrMax, int total, double pctStart, double div, double divFinal, double[] moms) {
            super(g);
            this.lrMax = lrMax;
            this.total = total;
            this.pctStart = pctStart;
            this.div = div;
            this.divFinal = divFinal;
            this.moms = moms.clone();
            begin();
        }

        private double combined(double pos, double start, double middle, double end) {
            boolean second = pos >= pctStart && pctStart < 1;
            double p = second ? (pos - pctStart) / (1 - pctStart) : pos / pctStart;
            double a = second ? middle : start;
            double b = second ? end : middle;
            return a + (1 + Math.cos(Math.PI * (1 - p))) * (b - a) / 2;
        }

        @Override
        double lr() {
            double pos = (double) lastEpoch / total;
            if (group.hasMomentum) {
                group.momentum = combined(pos, moms[0], moms[1], moms[2]);
            }
            return combined(pos, lrMax / div, lrMax, lrMax / divFinal);
        }
    }
}
