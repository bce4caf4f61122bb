package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

import org.junit.jupiter.api.Test;

class LrFinderTest {

    private static final Domain VIEW = new Domain(-5, 5, -5, 5);
    private static final RunConfig GD = RunConfig.of(new GradientDescent(0.1, 0), -4, 3);

    @Test
    void ratesGrowAsFastaisSchedExpAndTheLossIsSmoothedWithBiasCorrection() {
        LrFinder found = LrFinder.find(RateSweepTest.f("x^2 + y^2"), GD, VIEW, 1e-7, 10, 100);
        assertEquals(0, found.floor(), 1e-30, "the bowl's minimum, 0 at the origin");
        LrFinder.Row first = found.rows().get(0);
        assertEquals(1e-7, first.lr());
        assertEquals(25, first.loss(), 1e-12);
        assertEquals(25, first.smoothed(), 1e-12, "(0.02·25)/(1 − 0.98)");
        LrFinder.Row second = found.rows().get(1);
        assertEquals(1e-7 * Math.pow(1e8, 0.01), second.lr(), 1e-20);
        // one step of x ← (1 − 2·lr)·x from (−4, 3)
        double loss = 25 * Math.pow(1 - 2e-7, 2);
        assertEquals(loss, second.loss(), 1e-9);
        assertEquals((0.98 * 0.02 * 25 + 0.02 * loss) / (1 - 0.98 * 0.98), second.smoothed(), 1e-9);
    }

    @Test
    void onTheBowlItStopsOnceTheSmoothedLossPasses4xTheBestAndSuggestsStableRates() {
        LrFinder found = LrFinder.find(RateSweepTest.f("x^2 + y^2"), GD, VIEW, 1e-7, 10, 100);
        List<LrFinder.Row> rows = found.rows();
        LrFinder.Row last = rows.get(rows.size() - 1);
        double best = rows.stream().mapToDouble(LrFinder.Row::smoothed).min().orElseThrow();
        assertTrue(last.smoothed() > 4 * best, found.ended());
        assertTrue(last.lr() > 1, "it runs into the rates above 2/L = 1: " + last);
        assertTrue(found.ended().startsWith("the smoothed loss exceeded 4× the best"), found.ended());
        for (String name : LrFinder.NAMES) {
            double lr = found.suggestion(name).orElseThrow().lr();
            assertTrue(lr > 0 && lr < 1, name + " " + lr + " lies in the stable range (0, 2/L)");
        }
    }

    @Test
    void aValleyWhoseFloorFallsBetweenTheGridPointsStillGivesANonNegativeLossAndACurve() {
        // f = 0 only on the line x = 1, which the 200-cell grid over [-5, 5] misses by half a cell (0.025)
        LrFinder found = LrFinder.find(RateSweepTest.f("(x-1)^2"), GD, VIEW, 1e-7, 10, 100);
        assertTrue(found.floor() < 0.025 * 0.025, "the run reaches below the grid's least f: " + found.floor());
        assertTrue(found.rows().stream().allMatch(r -> r.loss() >= 0), "no negative loss");
        assertTrue(found.rows().size() > 50, "it runs on past the start: " + found.rows().size() + " rows, " + found.ended());
        assertTrue(found.ended().startsWith("the smoothed loss exceeded 4× the best"), found.ended());
        assertTrue(found.suggestion("valley").isPresent());
    }

    @Test
    void fastaisSuggestionFunctionsGiveWhatTheirCodeGives() {
        double[] lrs = {1, 2, 4, 8, 16, 32, 64, 128};
        double[] losses = {5, 6, 4, 3, 3.5, 2, 1, 9};
        // decreasing runs: 5,4,3,2,1 (length 5, ends at index 6); fastai takes start = end − length = 1
        LrFinder.Suggestion valley = LrSuggestions.valley(lrs, losses).orElseThrow();
        // sections = (6 − 1)/3 = 1.67: idx = 1 + 1 + 0 = 2
        assertEquals(4, valley.lr());
        assertEquals(4, valley.markLoss());
        LrFinder.Suggestion minimum = LrSuggestions.minimum(lrs, losses).orElseThrow();
        assertEquals(6.4, minimum.lr(), 1e-12);
        assertEquals(64, minimum.markLr());
        // slopes over log 2: −1 at 0→1? no: +1, −2, −1, +0.5, −1.5, −1, +8 (each / ln 2): the steepest starts at index 1
        assertEquals(2, LrSuggestions.steep(lrs, losses).orElseThrow().lr());
        assertEquals(Optional.empty(), LrSuggestions.steep(new double[] {1}, new double[] {1}));
        assertEquals(Optional.empty(), LrSuggestions.valley(new double[0], new double[0]));
    }

    @Test
    void theSuggestionsSkipTheFirstTenthAndTheLastFiveRows() {
        List<LrFinder.Row> rows = new java.util.ArrayList<>();
        for (int k = 0; k < 20; k++) {
            // least smoothed loss at the very start and the very end: both are outside the rows suggested from
            double smoothed = k == 0 ? 0 : 20 - k;
            rows.add(new LrFinder.Row(k, Math.pow(2, k), 0, smoothed));
        }
        Optional<LrFinder.Suggestion> minimum = LrSuggestions.of(rows, 20).suggestions().get(1);
        // rows 2 to 14: the least is at k = 14; 15 to 19 are lower, and left out
        assertEquals(Math.pow(2, 14), minimum.orElseThrow().markLr());
    }

    @Test
    void kerasMomentumWhoseBufferHoldsTheRateIsRefused() {
        RunConfig keras = RunConfig.of(new Momentum(0.01, 0.9, 0, 0, Convention.KERAS), 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LrFinder.find(RateSweepTest.f("x^2"), keras,
                VIEW, 1e-7, 10, 100));
        assertTrue(e.getMessage().contains("momentum keeps the rate"), e.getMessage());
        assertEquals(6, LrFinder.find(RateSweepTest.f("x^2"), GD, VIEW, 1e-3, 1e-2, 3).numIt(), "fastai runs at least 6");
    }

    @Test
    void anEndRateNotAboveTheStartIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LrFinder.find(RateSweepTest.f("x^2"), GD,
                VIEW, 1e-7, 1e-9, 100));
        assertTrue(e.getMessage().contains("the end rate must be above the start rate (1e-7), got 1e-9"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LrFinder.find(RateSweepTest.f("x^2"), GD, VIEW, 1e-3, 1e-3, 100));
    }
}
