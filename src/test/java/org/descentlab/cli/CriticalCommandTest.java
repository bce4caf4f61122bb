package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CriticalCommandTest {

    @Test
    void himmelblausCriticalPointsAreListedByKindSortedByXThenY() {
        CliTest.Result r = CliTest.cli("critical", "--preset", "himmelblau");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals("kind,x,y,f", lines.get(0));
        List<String> kinds = lines.stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("minimum", "saddle", "minimum", "maximum", "saddle", "saddle", "minimum", "saddle", "minimum"), kinds);
        assertTrue(lines.contains("minimum,3,2,0"), lines.toString());
        double last = Double.NEGATIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            double x = Double.parseDouble(line.split(",")[1]);
            assertTrue(x >= last, "sorted by x: " + lines);
            last = x;
        }
    }

    @Test
    void aFunctionNeedsADomainAndBadInputIsOneErrorLine() {
        CliTest.Result monkey = CliTest.cli("critical", "--function", "x^3 - 3*x*y^2", "--domain", "-1,1,-1,1");
        assertEquals(0, monkey.code(), monkey.err());
        assertEquals(2, monkey.outLines().size());
        assertTrue(monkey.outLines().get(1).startsWith("degenerate,"), monkey.out());
        for (String[] bad : new String[][] {{"critical", "--function", "x^2"}, {"critical", "--function", "x^2", "--domain", "2,-2,0,1"},
            {"critical", "--function", "sinn(x)", "--domain", "-1,1,-1,1"}, {"critical", "--preset", "nope"},
            {"critical", "--preset", "sphere", "--grid", "1"}}) {
            CliTest.Result r = CliTest.cli(bad);
            assertEquals(2, r.code(), String.join(" ", bad));
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
        }
    }
}
