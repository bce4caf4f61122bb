package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

class MultistartCommandTest {

    @Test
    void eachStartEndsAtAMinimumNumberedAsCriticalListsThem() {
        CliTest.Result r = CliTest.cli("multistart", "--preset", "himmelblau", "--grid", "4", "--steps", "300");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals("start_x,start_y,end_x,end_y,f,steps,stop,cause,minimum", lines.get(0));
        assertEquals(17, lines.size());
        assertEquals("-3.75,-3.75", lines.get(1).substring(0, 11), "cell centres, from the bottom left");
        List<String> minima = CliTest.cli("critical", "--preset", "himmelblau").outLines().stream()
                .filter(l -> l.startsWith("minimum,")).toList();
        CompiledFunction f = ((ParseResult.Success) Expressions.parse("(x^2+y-11)^2 + (x+y^2-7)^2")).function();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(9, c.length, line);
            assertEquals("converged", c[6], line);
            String[] m = minima.get(Integer.parseInt(c[8]) - 1).split(",");
            assertEquals(Double.parseDouble(m[1]), Double.parseDouble(c[2]), 1e-6, line);
            assertEquals(Double.parseDouble(m[2]), Double.parseDouble(c[3]), 1e-6, line);
            // the preset's first run, gd lr=0.01, from this start
            Trajectory t = Runner.run(f, RunConfig.of(new GradientDescent(0.01, 0), Double.parseDouble(c[0]), Double.parseDouble(c[1]))
                    .withMaxSteps(300));
            assertEquals(t.lastStep(), Integer.parseInt(c[5]), line);
            assertEquals(t.x(t.lastStep()), Double.parseDouble(c[2]), 0, line);
        }
        assertTrue(r.err().contains("note: preset run 1: gd lr=0.01"), r.err());
        assertTrue(r.err().contains("ends: minimum 3 (3, 2), f = 0, lowest: 4 of 16 (25.0%)"), r.err());
        assertTrue(r.err().contains("lowest found by: 100.0% of 16 runs"), r.err());
    }

    @Test
    void randomStartsAreTheSameForTheSameSeedAndEndsAtNoMinimumAreSaid() {
        String[] args = {"multistart", "--function", "x^2 - y^2", "--domain", "-1,1,-1,1", "--run", "gd lr=0.1", "--random", "5",
            "--start-seed", "3", "--steps", "400"};
        CliTest.Result a = CliTest.cli(args);
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), CliTest.cli(args).out());
        args[10] = "4";
        assertNotEquals(a.out(), CliTest.cli(args).out());
        for (String line : a.outLines().subList(1, 6)) {
            assertTrue(line.endsWith(",diverged,unbounded,"), "a saddle has no minimum: " + line);
        }
        assertTrue(a.err().contains("lowest found by: no run (there is no minimum in the domain)"), a.err());
    }

    @Test
    void badInputIsOneErrorLine() {
        for (String[] bad : new String[][] {{"multistart", "--preset", "himmelblau"},
            {"multistart", "--preset", "himmelblau", "--grid", "0"}, {"multistart", "--preset", "himmelblau", "--grid", "4", "--random", "3"},
            {"multistart", "--function", "x^2", "--grid", "4", "--run", "gd"},
            {"multistart", "--preset", "himmelblau", "--grid", "4", "--run-index", "9"},
            {"multistart", "--preset", "himmelblau", "--grid", "4", "--run", "gd lr=-1"},
            {"multistart", "--preset", "himmelblau", "--random", "300000"}}) {
            CliTest.Result r = CliTest.cli(bad);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
        }
    }
}
