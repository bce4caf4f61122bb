package org.descentlab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.LocalGeometry;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.landscape.FieldLayer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local geometry at the playhead and what it says, through the view-models, on bowls whose numbers
 * are known by hand: x² + 10y² has λ = 20 across (y) and 2 along (x) everywhere. No toolkit.
 */
class LocalGeometryViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();

    private AppViewModel app(String function, String... runs) {
        Scenario s = Scenario.of(function).withStart(new Vec2(1, 1))
                .withRuns(Arrays.stream(runs).map(RunGrammar::parse).toList())
                .withAnalysis(Analysis.NONE.withLocalGeometry(true));
        return fakes.app(s, dir);
    }

    private static String caption(AppViewModel app) {
        return app.localGeometry().captionProperty().get();
    }

    private static List<String> brief(AppViewModel app) {
        return app.localGeometry().geometryProperty().get().caption();
    }

    @Test
    void itIsOffUntilTurnedOnAndFollowsThePlayheadAndTheSelection() {
        AppViewModel app = fakes.app("rosenbrock", dir);
        assertNull(app.localGeometry().geometryProperty().get());
        assertEquals("", caption(app));
        app.analysis().toggle(a -> a.withLocalGeometry(true));
        FieldLayer.Geometry at0 = app.localGeometry().geometryProperty().get();
        assertNotNull(at0);
        assertEquals(new Vec2(-1.5, 2), at0.local().at(), "the selected run's start at step 0");
        assertEquals(0, at0.run());

        app.playback().seek(12);
        Trajectory gd = app.runs().items().get(0).trajectory();
        LocalGeometry at12 = app.localGeometry().geometryProperty().get().local();
        assertEquals(new Vec2(gd.x(12), gd.y(12)), at12.at());
        assertEquals(LocalGeometry.Kind.BOWL, at12.kind());
        assertTrue(caption(app).startsWith("At step 12, "), caption(app));
        // Rosenbrock's valley at step 12 of gd lr=0.001: λ₁ ≈ 1814, so 1/λ₁ < lr < 2/λ₁
        assertTrue(caption(app).contains("gradient descent zig-zags, and the zig-zag shrinks"), caption(app));
        assertTrue(caption(app).contains("A narrow valley, κ = 2614"), caption(app));

        app.runs().select(1);
        assertEquals(1, app.localGeometry().geometryProperty().get().run());
        Trajectory momentum = app.runs().items().get(1).trajectory();
        assertEquals(new Vec2(momentum.x(12), momentum.y(12)), app.localGeometry().geometryProperty().get().local().at());

        app.experiment().undo();
        assertNull(app.localGeometry().geometryProperty().get(), "the switch is undone");
        assertEquals("", caption(app));
    }

    @Test
    void plainDescentBetweenOneAndTwoOverLambdaZigZagsAcrossAndTheSentenceSaysByHowMuch() {
        AppViewModel app = app("x^2 + 10*y^2", "gd lr=0.09");
        assertEquals("At step 0, (1, 1): λ₁ = 20 along (0, 1), λ₂ = 2 along (1, 0). A narrow valley, κ = 10: the level ellipse"
                + " through the point is 3.2× longer than wide, its long side along the valley. −∇f points 39° away from the"
                + " ellipse's centre (the dot: the model's minimum, where a Newton step lands). It points mostly across the valley,"
                + " not along it. lr = 0.09 is between 1/λ₁ = 0.05 and 2/λ₁ = 0.1: each step overshoots along the steep axis to the"
                + " other side (×-0.8 a step), so gradient descent zig-zags, and the zig-zag shrinks. Along the flat axis each step"
                + " closes 18% of the way left to the centre.", caption(app));
        assertEquals(List.of("κ = 10: the ellipse is 3.2× longer than wide", "lr = 0.09 < 2/λ₁ = 0.1: zig-zags, shrinking"),
                brief(app));
        // and it does: the run's y flips sign every step, shrinking by 0.8
        Trajectory t = app.runs().items().get(0).trajectory();
        assertEquals(-0.8, t.y(1) / t.y(0), 1e-6);
        assertEquals(-0.8, t.y(2) / t.y(1), 1e-6);
    }

    @Test
    void aSmallRateDoesNotZigZagAndALargeOneCannotSettle() {
        AppViewModel small = app("x^2 + 10*y^2", "gd lr=0.04");
        assertTrue(caption(small).contains("lr = 0.04 ≤ 1/λ₁ = 0.05: no step overshoots along the steep axis, so plain descent"
                + " does not zig-zag here."), caption(small));
        assertEquals("lr = 0.04 ≤ 1/λ₁ = 0.05: no zig-zag", brief(small).get(1));
        AppViewModel large = app("x^2 + 10*y^2", "gd lr=0.12");
        assertTrue(caption(large).contains("lr = 0.12 ≥ 2/λ₁ = 0.1: each step overshoots along the steep axis to at least as far"
                + " on the other side (×-1.4 a step), so the zig-zag does not shrink: here descent cannot settle."), caption(large));
        assertEquals("lr = 0.12 ≥ 2/λ₁ = 0.1: cannot settle", brief(large).get(1));
        assertEquals("diverged", large.runs().items().get(0).stopped().replaceAll(" at .*", ""), "and the run does diverge");
    }

    @Test
    void momentumAndNewtonGetTheirOwnBoundsAndOtherOptimizersNone() {
        AppViewModel app = app("x^2 + 10*y^2", "momentum lr=0.1", "newton", "adam lr=0.1", "gd lr=0.09 noise=0.1",
                "gd lr=0.09 weight_decay=0.5");
        assertTrue(caption(app).endsWith("With momentum μ = 0.9, descent on this model settles while lr < 2(1 + μ)/λ₁ = 0.19;"
                + " lr = 0.1 is below it."), caption(app));
        assertEquals("lr = 0.1 < 2(1 + μ)/λ₁ = 0.19: settles", brief(app).get(1));
        app.runs().select(1);
        assertTrue(caption(app).endsWith("A Newton step (lr = 1) lands on the ellipse's centre."), caption(app));
        assertEquals("a Newton step lands on the dot", brief(app).get(1));
        for (int k = 2; k <= 4; k++) {
            app.runs().select(k);
            assertFalse(caption(app).contains("lr ="), "no rate's bound for " + app.runs().items().get(k).label() + ": " + caption(app));
            assertEquals(1, brief(app).size(), brief(app).toString());
        }
    }

    @Test
    void aSaddleHasNoEllipseAndSaysWhichWayDescentSlidesOff() {
        AppViewModel app = app("x^2 - 3*y^2", "gd lr=0.1");
        LocalGeometry g = app.localGeometry().geometryProperty().get().local();
        assertEquals(LocalGeometry.Kind.SADDLE, g.kind());
        assertTrue(g.ellipse().isEmpty());
        assertTrue(caption(app).contains("Saddle-shaped (κ = 3): f curves up along one axis and down along the other"), caption(app));
        // λ₁ = −6 curves down: the steep axis is left (×1.6 a step); λ₂ = 2 curves up, lr·λ₂ = 0.2: no overshoot sentence
        assertTrue(caption(app).endsWith("Along the axis that curves down (λ = -6) every step of plain descent moves further from"
                + " the model's saddle point (×1.6 a step): it slides off that way."), caption(app));
        assertEquals(List.of("saddle-shaped (κ = 3): no minimum, no ellipse"), brief(app));
    }

    @Test
    void aHiddenRunIsNotDrawnAndAnUndefinedPointIsSaidSo() {
        AppViewModel app = app("x^2 + 10*y^2", "gd lr=0.09");
        app.runs().setVisible(0, false);
        assertNull(app.localGeometry().geometryProperty().get());
        assertTrue(caption(app).startsWith("The selected run is hidden, so nothing is drawn. At step 0, (1, 1)"), caption(app));

        AppViewModel log = app("log(x) + y^2", "gd lr=0.1 start=-1,0");
        assertNull(log.localGeometry().geometryProperty().get());
        assertEquals("No local geometry at step 0: f or its derivatives are not finite at (-1, 0).", caption(log));
    }

    @Test
    void pastTheEndOfItsRunItIsAtTheRunsLastPoint() {
        AppViewModel app = app("x^2 + 10*y^2", "gd lr=0.09", "gd lr=0.01");
        Trajectory quick = app.runs().items().get(0).trajectory();
        assertTrue(quick.lastStep() < app.runs().lastStepProperty().get(), "the first run ends first");
        app.playback().end();
        assertEquals(new Vec2(quick.x(quick.lastStep()), quick.y(quick.lastStep())),
                app.localGeometry().geometryProperty().get().local().at());
        assertTrue(caption(app).startsWith("At step " + quick.lastStep() + ","), caption(app));
    }

    @Test
    void domesValleysRidgesAndPlanesSayWhatTheyAreAndDrawNoEllipse() {
        assertEquals(List.of("a dome: no minimum, no ellipse"), brief(app("-(x^2 + 2*y^2)", "gd lr=0.1")));
        assertEquals(List.of("flat along λ₂: κ = ∞, no ellipse", "lr = 0.1 ≤ 1/λ₁ = 0.25: no zig-zag"),
                brief(app("(x + y)^2", "gd lr=0.1")), "λ₁ = 4 across the straight valley x = −y");
        assertEquals(List.of("a ridge: κ = ∞, no ellipse"), brief(app("-(x - y)^2", "gd lr=0.1")));
        AppViewModel plane = app("2*x + y", "gd lr=0.1");
        assertEquals(List.of("flat: no curvature"), brief(plane));
        assertTrue(caption(plane).endsWith("No curvature here: the quadratic model is a plane."), caption(plane));
    }

    @Test
    void numbersThatWouldReadAlikeAreWrittenApartAndFactorsNearOneKeepTheirDigits() {
        assertEquals(List.of("0.001", "0.002"), List.of(GeometryCaption.distinct(0.001, 0.002)));
        assertEquals(List.of("0.0019999", "0.002"), List.of(GeometryCaption.distinct(0.0019999, 0.002)),
                "not '0.002 < 0.002'");
        assertEquals("-0.8", GeometryCaption.factor(-0.8));
        assertEquals("1.000118", GeometryCaption.factor(1.0001176));
        assertEquals("-0.99999", GeometryCaption.factor(-0.99999));
        assertEquals("1", GeometryCaption.factor(1));
    }
}
