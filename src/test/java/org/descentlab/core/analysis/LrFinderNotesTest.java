package org.descentlab.core.analysis;

import static org.descentlab.core.analysis.RateSweepTest.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

import org.junit.jupiter.api.Test;

/** What the finder says besides its rows: no suggestion from a loss that never falls, one below the rates tried, a schedule replaced. */
class LrFinderNotesTest {

    private static final Domain VIEW = new Domain(-5, 5, -5, 5);
    private static final List<Optional<LrFinder.Suggestion>> NONE = List.of(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void aRunThatStartsAtTheMinimumHasALossThatNeverFallsAndNoSuggestion() {
        LrFinder found = LrFinder.find(f("x^2 + y^2"), RunConfig.of(new GradientDescent(0.1, 0), 0, 0), VIEW, 1e-7, 10, 100);
        assertEquals(NONE, found.suggestions(), "fastai would name rates from a flat 0");
        assertEquals(List.of("no suggestion: the smoothed loss never falls over the rows fastai suggests from (iterations 10 to 94)"),
                found.notes());
    }

    @Test
    void aSingleRowSuggestsNothing() {
        LrFinder found = LrFinder.find(f("x^2 + y^2"), RunConfig.of(new GradientDescent(0.1, 0), -4, 3), VIEW, 1e-7, 10, 5);
        assertEquals(NONE, found.suggestions());
        assertEquals(List.of("no suggestion: the smoothed loss never falls over the rows fastai suggests from (iteration 0 alone)"),
                found.notes());
    }

    @Test
    void fastaisMinimumBelowTheFirstRateIsSaidToBe() {
        // from lr 0.5 gd lands on the bowl's minimum at once; the least smoothed loss comes before lr 5, so its tenth is below 0.5
        LrFinder found = LrFinder.find(f("x^2 + y^2"), RunConfig.of(new GradientDescent(0.1, 0), -4, 3), VIEW, 0.5, 100, 100);
        LrFinder.Suggestion minimum = found.suggestion("minimum").orElseThrow();
        assertTrue(minimum.lr() < 0.5, minimum.toString());
        assertEquals(List.of("minimum " + org.descentlab.core.NumberText.exact(minimum.lr()) + " is below the rates tried (from 0.5):"
                + " fastai's minimum is a tenth of the rate at the least loss, " + org.descentlab.core.NumberText.exact(minimum.markLr())),
                found.notes());
    }

    @Test
    void aScheduledRunIsSaidToHaveItsScheduleReplaced() {
        RunConfig cosine = RunConfig.of(new GradientDescent(0.1, 0), -4, 3).withSchedule(Schedule.parse("cosine(t_max=10)"));
        LrFinder found = LrFinder.find(f("x^2 + y^2"), cosine, VIEW, 1e-7, 10, 100);
        assertEquals("the finder replaces the run's schedule (cosine(t_max=10)) by its own exponential rates, as fastai's lr_find does",
                found.notes().get(0));
    }
}
