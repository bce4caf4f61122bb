package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selected run's "Gradient" row, through the view-models and without a window. */
class GradientViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private GradientViewModel gradient;

    @BeforeEach
    void start() {
        // gd lr=0.1 on x² + y² from (1, 1), and a second run to select
        Scenario bowl = Scenario.of("x^2 + y^2").withStart(new Vec2(1, 1))
                .withRuns(List.of(RunSettings.of(new GradientDescent(0.1, 0), 0), RunSettings.of(new GradientDescent(0.1, 0), 1)));
        app = fakes.app(bowl, dir);
        gradient = app.editor().gradient();
    }

    private RunItem run(int k) {
        return app.runs().items().get(k);
    }

    @Test
    void forwardWithHHalfMovesThePathAsByHand() {
        assertEquals(new GradientViewModel.Shown(0, Differences.DEFAULT), gradient.shownProperty().get());
        assertEquals("auto", gradient.stepText());
        gradient.setScheme(Scheme.FORWARD);
        assertEquals(Differences.auto(Scheme.FORWARD), run(0).settings().differences());
        assertTrue(gradient.setStep("0.5"));
        assertEquals(Differences.fixed(Scheme.FORWARD, 0.5), run(0).settings().differences());
        assertEquals("0.5", gradient.stepText());
        assertEquals(2.5, run(0).trajectory().gradX(0));
        assertEquals(0.75, run(0).trajectory().x(1));
        assertEquals(0.8, run(1).trajectory().x(1), 1e-9, "the other run keeps central differences");
        assertEquals("gd lr=0.1 forward h=0.5", run(0).label());
        // back to central: the fixed step stays; "auto" in any case goes back to the automatic one
        gradient.setScheme(Scheme.CENTRAL);
        assertEquals(Differences.fixed(Scheme.CENTRAL, 0.5), run(0).settings().differences());
        assertTrue(gradient.setStep(" Auto "));
        assertEquals(Differences.DEFAULT, run(0).settings().differences());
        assertEquals(run(1).trajectory().x(5), run(0).trajectory().x(5), "today's path again, to the bit");
    }

    @Test
    void aBadStepSaysWhatHAcceptsAndKeepsTheLastGoodOne() {
        assertTrue(gradient.setStep("0.25"));
        for (String bad : new String[] {"0", "-1", "big", ""}) {
            assertFalse(gradient.setStep(bad), bad);
            assertEquals("h must be auto or a number > 0, got '" + bad + "'; in effect: 0.25", gradient.errorProperty().get());
            assertEquals(Differences.fixed(Scheme.CENTRAL, 0.25), run(0).settings().differences());
        }
        assertTrue(gradient.setStep("1e-3"));
        assertEquals("", gradient.errorProperty().get());
        assertFalse(gradient.setStep("x"));
        app.runs().select(1);
        assertEquals("", gradient.errorProperty().get(), "another run: the old error goes");
        assertEquals(new GradientViewModel.Shown(1, Differences.DEFAULT), gradient.shownProperty().get());
    }

    @Test
    void eachChangeIsOneUndoAndUndoBringsTheMethodBack() {
        gradient.setScheme(Scheme.FORWARD);
        fakes.clock.advanceMillis(2000);
        gradient.setStep("0.5");
        Differences forward = run(0).settings().differences();
        app.experiment().undo();
        assertEquals(Differences.auto(Scheme.FORWARD), run(0).settings().differences());
        app.experiment().undo();
        assertEquals(Differences.DEFAULT, run(0).settings().differences());
        app.experiment().redo();
        app.experiment().redo();
        assertEquals(forward, run(0).settings().differences());
        assertNotEquals(run(1).trajectory().x(1), run(0).trajectory().x(1));
    }

    @Test
    void theTooltipsGiveTheAutomaticSteps() {
        assertTrue(GradientViewModel.stepTooltip().contains("≈ 6.06e-6"), GradientViewModel.stepTooltip());
        assertTrue(GradientViewModel.stepTooltip().contains("≈ 1.49e-8"), GradientViewModel.stepTooltip());
        assertTrue(GradientViewModel.schemeTooltip().contains("(f(x + h) − f(x)) / h"));
        assertEquals("forward", GradientViewModel.label(Scheme.FORWARD));
    }
}
