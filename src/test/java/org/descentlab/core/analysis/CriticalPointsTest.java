package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.descentlab.core.analysis.CriticalPoints.Kind;
import org.descentlab.core.analysis.CriticalPoints.Point;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.raster.Domain;

import org.junit.jupiter.api.Test;

class CriticalPointsTest {

    private static CompiledFunction f(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    private static Map<Kind, Long> counts(List<Point> points) {
        return points.stream().collect(Collectors.groupingBy(Point::kind, Collectors.counting()));
    }

    @Test
    void himmelblauHasFourMinimaFourSaddlesAndOneMaximum() {
        CompiledFunction f = f("(x^2+y-11)^2 + (x+y^2-7)^2");
        List<Point> points = CriticalPoints.find(f, new Domain(-5, 5, -5, 5));
        assertEquals(Map.of(Kind.MINIMUM, 4L, Kind.SADDLE, 4L, Kind.MAXIMUM, 1L), counts(points), points.toString());
        Point three = points.stream().filter(p -> p.kind() == Kind.MINIMUM && p.x() > 2.9 && p.y() > 1.9).findFirst().orElseThrow();
        assertEquals(3, three.x(), 1e-6);
        assertEquals(2, three.y(), 1e-6);
        assertEquals(0, three.f(), 1e-10);
        // the maximum, as the literature gives it: (−0.270845, −0.923039), f = 181.617
        Point max = points.stream().filter(p -> p.kind() == Kind.MAXIMUM).findFirst().orElseThrow();
        assertEquals(-0.270845, max.x(), 1e-6);
        assertEquals(-0.923039, max.y(), 1e-6);
        assertEquals(181.617, max.f(), 1e-3);
        for (Point p : points) {
            double[] g = Derivatives.gradient(f, p.x(), p.y());
            assertTrue(Math.hypot(g[0], g[1]) < 1e-6, p + " is critical");
        }
    }

    @Test
    void sixHumpCamelHasSixMinimaSevenSaddlesAndTwoMaxima() {
        List<Point> points = CriticalPoints.find(f("(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2"), new Domain(-3, 3, -2, 2));
        assertEquals(Map.of(Kind.MINIMUM, 6L, Kind.SADDLE, 7L, Kind.MAXIMUM, 2L), counts(points), points.toString());
        double lowest = points.stream().filter(p -> p.kind() == Kind.MINIMUM).mapToDouble(Point::f).min().orElseThrow();
        assertEquals(-1.0316284535, lowest, 1e-8);
    }

    @Test
    void theSaddleIsASaddleAndTheMonkeySaddleIsDegenerate() {
        List<Point> saddle = CriticalPoints.find(f("x^2 - y^2"), new Domain(-2, 2, -2, 2));
        assertEquals(1, saddle.size(), saddle.toString());
        assertEquals(Kind.SADDLE, saddle.get(0).kind());
        assertEquals(0, saddle.get(0).x(), 1e-9);
        assertEquals(-2, saddle.get(0).lambda1(), 1e-4);
        assertEquals(2, saddle.get(0).lambda2(), 1e-4);
        List<Point> monkey = CriticalPoints.find(f("x^3 - 3*x*y^2"), new Domain(-1.3, 1.1, -0.9, 1.4));
        assertEquals(1, monkey.size(), monkey.toString());
        assertEquals(Kind.DEGENERATE, monkey.get(0).kind());
        assertEquals(0, monkey.get(0).x(), 1e-6);
        assertEquals(0, monkey.get(0).y(), 1e-6);
    }

    @Test
    void pointsAreSortedByXThenYAndOnlyThoseInsideTheDomainAreKept() {
        // minima of (x² − 1)² + y² at x = ±1; the view holds only the one at 1 and the saddle at 0
        List<Point> points = CriticalPoints.find(f("(x^2 - 1)^2 + y^2"), new Domain(-0.5, 2, -1, 1));
        assertEquals(List.of(Kind.SADDLE, Kind.MINIMUM), points.stream().map(Point::kind).toList(), points.toString());
        assertTrue(points.get(0).x() < points.get(1).x());
        assertEquals(1, points.get(1).x(), 1e-9);
    }

    @Test
    void aFieldWithNoCriticalPointOrNoNumbersGivesNone() {
        assertEquals(List.of(), CriticalPoints.find(f("x + 2*y"), new Domain(-1, 1, -1, 1)));
        assertEquals(List.of(), CriticalPoints.find(f("log(x - 5) + y^2"), new Domain(-1, 1, -1, 1)));
    }
}
