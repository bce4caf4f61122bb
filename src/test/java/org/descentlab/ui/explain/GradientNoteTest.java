package org.descentlab.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.field.GradientError;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.base.Numbers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the gradient of the step shown was taken, and its estimated error there, computed at the point. */
class GradientNoteTest {

    private static final ScalarField BOWL = (x, y) -> x * x + y * y;

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;

    @BeforeEach
    void start() {
        Scenario bowl = Scenario.of("x^2 + y^2").withStart(new Vec2(1, 1))
                .withRuns(List.of(RunSettings.of(new GradientDescent(0.1, 0), 0)));
        app = fakes.app(bowl, dir);
    }

    /** The note as the panel shows it, with plain spaces for the no-break ones. */
    private String note() {
        return app.explanation().gradientProperty().get().replace('\u00a0', ' ');
    }

    @Test
    void forwardWithHHalfIsOffByAQuarterOfTheGradientAndSaysThePathIsBiased() {
        app.editor().gradient().setScheme(Scheme.FORWARD);
        app.editor().gradient().setStep("0.5");
        app.playback().seek(1);
        // at (1, 1): g = (2.5, 2.5), ∇f = (2, 2): error (0.5, 0.5), ‖error‖ = 0.7071 = 25% of ‖∇f‖ = 2.828
        assertEquals("∇f by forward differences, h = 0.5: estimated error 0.7071, 25% of ‖∇f‖ — the path is biased", note());
        assertTrue(app.explanation().gradientBiasedProperty().get());
        // step 2 starts at (0.75, 0.75): the same error, now a third of ∇f = (1.5, 1.5)
        app.playback().seek(2);
        assertEquals("∇f by forward differences, h = 0.5: estimated error 0.7071, 33% of ‖∇f‖ — the path is biased", note());
    }

    @Test
    void centralWithTheAutomaticStepSaysItsStepAndATinyError() {
        app.playback().seek(1);
        GradientError e = GradientError.estimate(app.experiment().function(), 1, 1, Differences.DEFAULT);
        assertTrue(e.resolved() && e.norm() < 1e-9, e.toString());
        assertEquals("∇f by central differences, h = 6.06e-6 (auto): estimated error " + Numbers.label(e.norm()), note());
        assertFalse(app.explanation().gradientBiasedProperty().get());
    }

    @Test
    void theAutomaticStepIsTheOneTakenAtThePoint() {
        // |x| = 3: the step along x is three times the one along y
        GradientError e = GradientError.estimate(BOWL, 3, 0.5, Differences.auto(Scheme.FORWARD));
        String text = ExplanationViewModel.gradientText(Differences.auto(Scheme.FORWARD), e, 3, 0.5).replace('\u00a0', ' ');
        assertTrue(text.startsWith("∇f by forward differences, h = (4.47e-8, 1.49e-8) (auto): estimated error "), text);
    }

    @Test
    void anErrorTheReferenceCannotTellFromZeroIsSaidAsABound() {
        ScalarField plane = (x, y) -> 3 * x - 2 * y;
        GradientError e = GradientError.estimate(plane, 0.5, 0.25, Differences.fixed(Scheme.CENTRAL, 0.5));
        String text = ExplanationViewModel.gradientText(Differences.fixed(Scheme.CENTRAL, 0.5), e, 0.5, 0.25);
        if (!e.resolved()) {
            assertEquals("∇f by central differences, h = 0.5: estimated error below " + Numbers.label(e.resolutionNorm()),
                    text.replace('\u00a0', ' '));
        } else {
            assertTrue(e.norm() < 1e-14, e.toString());
        }
        // a reference that did not resolve anything, made by hand: said as a bound, never as a number
        GradientError unresolved = new GradientError(new Vec2(3, -2), new Vec2(3, -2), new Vec2(1e-16, 0), new Vec2(1e-14, 1e-14));
        assertEquals("∇f by central differences, h = 0.5: estimated error below 1.41e-14",
                ExplanationViewModel.gradientText(Differences.fixed(Scheme.CENTRAL, 0.5), unresolved, 0, 0).replace('\u00a0', ' '));
        Vec2 nan = new Vec2(Double.NaN, Double.NaN);
        assertEquals("∇f by central differences, h = 6.06e-6 (auto): no error estimate, f is not finite around the point",
                ExplanationViewModel.gradientText(Differences.DEFAULT, new GradientError(nan, nan, nan, nan), 0, 0)
                        .replace('\u00a0', ' '));
        GradientError atZero = GradientError.estimate(BOWL, 0, 0, Differences.fixed(Scheme.FORWARD, 0.1));
        assertEquals("∇f by forward differences, h = 0.1: estimated error 0.1414 where ∇f is 0 — the path is biased",
                ExplanationViewModel.gradientText(Differences.fixed(Scheme.FORWARD, 0.1), atZero, 0, 0).replace('\u00a0', ' '));
    }

    @Test
    void withNoStepThereIsNoNote() {
        app.experiment().update(s -> s.withStart(Vec2.ZERO), org.descentlab.ui.experiment.Experiment.Change.STEP);
        assertEquals("", note(), "a run that starts at the minimum never moves");
    }
}
