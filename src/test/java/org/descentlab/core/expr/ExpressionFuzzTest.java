package org.descentlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random and mutated text: parse never throws, every failure says something, every success evaluates. */
class ExpressionFuzzTest {

    private static final String[] SEEDS = {
        "x^2 + y^2", "(1-x)^2 + 100*(y-x^2)^2", "sin(x)*cos(y)", "pow(x, 2) + abs(y)", "-20*exp(-0.2*sqrt(0.5*(x^2+y^2)))",
        "2xy + 3(x-1)(y+1)", "log(1 + x^2) / (y^2 + 1)", "sin x*cos y", "x % 2 - floor(y)", "e^-x + pi*y", "[x + {y}]",
    };
    private static final String ALPHABET = "xy0123456789.+-*/^%()[]{},eE pisncoqrtlgabfwXY_=!@²−×÷·π";
    private static final String[] PIECES = {"sin", "cos", "pow", "log2", "(", ")", ",", "^", "**", "e-", "1e", "x", "y", "pi", "sqrt"};

    @Test
    void tenThousandRandomAndMutatedExpressionsNeverThrow() {
        Random random = new Random(20261125L);
        int successes = 0;
        int failures = 0;
        for (int k = 0; k < 12_000; k++) {
            String text = k % 2 == 0 ? randomText(random) : mutate(SEEDS[random.nextInt(SEEDS.length)], random);
            ParseResult result;
            try {
                result = Expressions.parse(text);
            } catch (Throwable t) {
                fail("parse threw for [" + text + "]: " + t);
                return;
            }
            if (result instanceof ParseResult.Failure f) {
                failures++;
                assertFalse(f.error().message().isBlank(), text);
                assertFalse(f.error().message().contains("Exception"), () -> text + " -> " + f.error().message());
                assertTrue(f.error().column() <= text.length(), () -> text + " -> " + f.error().describe());
                assertFalse(f.error().message().startsWith("could not read"), () -> "unexplained failure for [" + text + "]");
            } else {
                successes++;
                CompiledFunction fn = ((ParseResult.Success) result).function();
                var exp4j = new net.objecthunter.exp4j.ExpressionBuilder(normalized(text)).variables("x", "y").build();
                for (double[] p : new double[][] {{0.5, -1.25}, {0, 0}, {3, 2}}) {
                    double ours = fn.value(p[0], p[1]);
                    double theirs;
                    try {
                        theirs = exp4j.setVariable("x", p[0]).setVariable("y", p[1]).evaluate();
                    } catch (ArithmeticException e) {
                        continue; // exp4j throws where we give IEEE values
                    }
                    if (Double.isFinite(theirs)) {
                        assertEquals(theirs, ours, 1e-9 * Math.max(1, Math.abs(theirs)), text);
                    }
                }
            }
        }
        assertTrue(successes > 1000 && failures > 1000, "successes " + successes + ", failures " + failures);
    }

    private static String normalized(String text) {
        return text.replace('−', '-').replace('×', '*').replace('·', '*').replace('÷', '/');
    }

    private static String randomText(Random random) {
        int length = random.nextInt(14);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            if (random.nextInt(4) == 0) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            } else {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return sb.toString();
    }
}
