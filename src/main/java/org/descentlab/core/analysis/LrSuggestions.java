package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * fastai's suggestion functions ({@code valley}, {@code minimum}, {@code steep} in {@code callback/schedule.py}), on the
 * rows {@code lr_find} hands them: from num_it/10 to the sixth from last, cut at the first NaN smoothed loss.
 */
final class LrSuggestions {

    private LrSuggestions() {
    }

    /** The suggestions, and why there are none where fastai's would be meaningless. */
    record Result(List<Optional<LrFinder.Suggestion>> suggestions, Optional<String> why) {
    }

    /**
     * valley, minimum and steep of {@code rows}, each empty where fastai's function would have too few rows; all
     * three empty, with the reason, where the smoothed loss never falls from one of those rows to the next (a run
     * that starts at the minimum, or a single row): fastai would still name a rate, but the curve says nothing.
     */
    static Result of(List<LrFinder.Row> rows, int numIt) {
        int from = numIt / 10;
        int to = Math.max(0, rows.size() - 5);
        List<Double> lrs = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        for (int k = from; k < to && !Double.isNaN(rows.get(k).smoothed()); k++) {
            lrs.add(rows.get(k).lr());
            losses.add(rows.get(k).smoothed());
        }
        double[] lr = lrs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] loss = losses.stream().mapToDouble(Double::doubleValue).toArray();
        boolean falls = false;
        for (int k = 1; k < loss.length; k++) {
            falls |= loss[k] < loss[k - 1];
        }
        if (!falls && loss.length > 0) {
            String which = loss.length == 1 ? "iteration " + rows.get(from).step() + " alone"
                    : "iterations " + rows.get(from).step() + " to " + rows.get(from + loss.length - 1).step();
            return new Result(List.of(Optional.empty(), Optional.empty(), Optional.empty()), Optional.of("no suggestion: the smoothed"
                    + " loss never falls over the rows fastai suggests from (" + which + ")"));
        }
        return new Result(List.of(valley(lr, loss), minimum(lr, loss), steep(lr, loss)), Optional.empty());
    }

    /**
     * The longest valley: the longest run of losses each below one before it (the longest decreasing subsequence
     * ending at each index, found as fastai does, its start taken as that index less the length); the rate a
     * third plus a sixth of the way along it.
     */
    static Optional<LrFinder.Suggestion> valley(double[] lrs, double[] losses) {
        int n = losses.length;
        if (n == 0) {
            return Optional.empty();
        }
        int maxStart = 0;
        int maxEnd = 0;
        int[] lds = new int[n];
        Arrays.fill(lds, 1);
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (losses[i] < losses[j] && lds[i] < lds[j] + 1) {
                    lds[i] = lds[j] + 1;
                }
                if (lds[maxEnd] < lds[i]) {
                    maxEnd = i;
                    maxStart = maxEnd - lds[maxEnd];
                }
            }
        }
        double sections = (maxEnd - maxStart) / 3.0;
        int idx = maxStart + (int) sections + (int) (sections / 2);
        return Optional.of(new LrFinder.Suggestion("valley", lrs[idx], lrs[idx], losses[idx]));
    }

    /** A tenth of the rate at the least loss (the first, if several). */
    static Optional<LrFinder.Suggestion> minimum(double[] lrs, double[] losses) {
        if (losses.length == 0) {
            return Optional.empty();
        }
        int at = argmin(losses);
        return Optional.of(new LrFinder.Suggestion("minimum", lrs[at] / 10, lrs[at], losses[nearest(lrs, lrs[at])]));
    }

    /** The rate where the loss falls fastest against log(lr): the start of the steepest segment. */
    static Optional<LrFinder.Suggestion> steep(double[] lrs, double[] losses) {
        if (losses.length < 2) {
            return Optional.empty();
        }
        double[] slopes = new double[losses.length - 1];
        for (int k = 0; k < slopes.length; k++) {
            slopes[k] = (losses[k + 1] - losses[k]) / (Math.log(lrs[k + 1]) - Math.log(lrs[k]));
        }
        double lr = lrs[argmin(slopes)];
        return Optional.of(new LrFinder.Suggestion("steep", lr, lr, losses[nearest(lrs, lr)]));
    }

    /** The index of the first least value, as torch.argmin gives it. */
    private static int argmin(double[] v) {
        int at = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] < v[at]) {
                at = k;
            }
        }
        return at;
    }

    /** The first index whose rate is nearest {@code lr}, as fastai's min(range(len(lrs)), key=…) finds it. */
    private static int nearest(double[] lrs, double lr) {
        int at = 0;
        for (int k = 1; k < lrs.length; k++) {
            if (Math.abs(lrs[k] - lr) < Math.abs(lrs[at] - lr)) {
                at = k;
            }
        }
        return at;
    }
}
