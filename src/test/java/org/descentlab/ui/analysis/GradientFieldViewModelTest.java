package org.descentlab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.descentlab.core.analysis.GradientField;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gradient field and −∇f at the mouse, through the view-models; sampling is run by hand. No toolkit. */
class GradientFieldViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private GradientFieldViewModel field;

    @BeforeEach
    void start() {
        app = fakes.app("himmelblau", dir);
        app.landscape().setPlotSize(800, 400);
        fakes.scheduler.runDue();
        field = app.gradientField();
    }

    private GradientField sampled() {
        fakes.background.runAll();
        assertFalse(field.samplingProperty().get());
        return field.fieldProperty().get();
    }

    @Test
    void theFieldIsOffUntilTurnedOnAndThenSampledInTheBackgroundOverTheViewShown() {
        assertNull(field.fieldProperty().get());
        assertEquals(0, fakes.background.waiting(), "nothing is sampled while the field is off");
        app.analysis().toggle(a -> a.withGradientField(true));
        assertTrue(field.samplingProperty().get());
        assertNull(field.fieldProperty().get(), "not on the thread of the view-models");
        GradientField f = sampled();
        assertNotNull(f);
        // 20 arrows along the wider side of an 800 × 400 plot, square cells
        assertEquals(Analysis.DEFAULT_ARROWS, f.columns());
        assertEquals(10, f.rows());
        assertEquals(app.landscape().shownProperty().get(), f.domain());
        assertEquals(200, f.arrows().size(), "Himmelblau's gradient is defined and non-zero at every cell centre");
        assertTrue(app.experiment().scenario().analysis().gradientField(), "saved with the scenario");
        app.experiment().undo();
        assertNull(field.fieldProperty().get(), "a switch is undone in one step, and the field goes at once");
    }

    @Test
    void everyArrowPointsDownhill() {
        app.analysis().toggle(a -> a.withGradientField(true));
        CompiledFunction f = app.experiment().function();
        GradientField sampled = sampled();
        for (GradientField.Arrow a : sampled.arrows()) {
            double s = 1e-5 * Math.max(1, Math.hypot(a.x(), a.y()));
            double df = f.value(a.x() + s * a.ux(), a.y() + s * a.uy()) - f.value(a.x() - s * a.ux(), a.y() - s * a.uy());
            assertTrue(df < 0, "f falls along the arrow at " + a + ": " + df);
        }
    }

    @Test
    void aChangeOfDensityFunctionOrViewSamplesAgainAndTheOldFieldStaysUntilTheNewIsReady() {
        app.analysis().toggle(a -> a.withGradientField(true));
        GradientField first = sampled();
        app.analysis().edit(a -> a.withArrows(8));
        assertEquals(1, fakes.background.waiting());
        assertSame(first, field.fieldProperty().get(), "the old field shows meanwhile");
        GradientField coarse = sampled();
        assertEquals(8, coarse.columns());
        assertEquals(4, coarse.rows());
        assertEquals(8, app.experiment().scenario().analysis().arrows());

        app.function().setText("x^2 + 3*y^2");
        GradientField bowl = sampled();
        assertNotSame(coarse, bowl);
        GradientField.Arrow a = bowl.arrows().get(0);
        double[] g = Derivatives.gradient(app.experiment().function(), a.x(), a.y());
        assertEquals(-g[0] / Math.hypot(g[0], g[1]), a.ux(), 1e-12, "sampled from the new function");

        app.landscape().zoom(0, 0, 0.5);
        fakes.scheduler.runDue();
        assertEquals(app.landscape().shownProperty().get(), sampled().domain(), "the new view");

        app.landscape().setPlotSize(400, 800);
        GradientField tall = sampled();
        assertEquals(4, tall.columns(), "8 across the wider side, now the height");
        assertEquals(8, tall.rows());
    }

    @Test
    void aNewRequestCancelsTheOneBeforeAndTurningOffDropsTheFieldAtOnce() {
        app.analysis().toggle(a -> a.withGradientField(true));
        app.analysis().edit(a -> a.withArrows(5));
        assertEquals(2, fakes.background.waiting());
        fakes.background.runNext();
        assertNull(field.fieldProperty().get(), "the superseded field never shows");
        assertEquals(5, sampled().columns());

        app.analysis().edit(a -> a.withArrows(6));
        app.analysis().toggle(a -> a.withGradientField(false));
        assertNull(field.fieldProperty().get());
        fakes.background.runAll();
        assertNull(field.fieldProperty().get(), "a field asked for before it was turned off does not come back");
        assertFalse(field.samplingProperty().get());
    }

    @Test
    void whileTheFieldIsOnTheMouseShowsMinusTheGradientAndTheHoverLineItsLength() {
        app.landscape().hover(1, 1);
        assertNull(field.hoverArrowProperty().get(), "no arrow while the field is off");
        assertFalse(app.landscape().hoverProperty().get().contains("‖∇f‖"), app.landscape().hoverProperty().get());

        app.analysis().toggle(a -> a.withGradientField(true));
        // Himmelblau at (1, 1): ∇f = (4x(x² + y − 11) + 2(x + y² − 7), 2(x² + y − 11) + 4y(x + y² − 7)) = (−46, −38)
        GradientField.Arrow at = field.hoverArrowProperty().get();
        assertNotNull(at, "the arrow appears without the mouse moving");
        double norm = Math.hypot(46, 38);
        assertEquals(46 / norm, at.ux(), 1e-8);
        assertEquals(38 / norm, at.uy(), 1e-8);
        assertEquals(norm, at.norm(), 1e-6);
        assertTrue(app.landscape().hoverProperty().get().endsWith("‖∇f‖ = 59.67"), app.landscape().hoverProperty().get());

        app.landscape().clearHover();
        assertNull(field.hoverArrowProperty().get(), "the mouse left");
        assertNull(app.landscape().hoverPointProperty().get());

        app.function().setText("log(x)");
        app.landscape().hover(-1, 0.5);
        assertNull(field.hoverArrowProperty().get(), "where ∇f is undefined there is no arrow");
        app.landscape().hover(2, 0.5);
        assertEquals(-1, field.hoverArrowProperty().get().ux(), 1e-9, "downhill towards 0");
    }
}
