package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and compiling a function of about 1000 characters (the longest accepted), of the shapes that
 * cost most: a long run of letters, implicit products, a thousand signs, deep nesting. Each call reads a
 * text not read before (the same shape, another constant at its end), as a keystroke does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

    /** More texts than {@link Expressions} remembers, so that none is found already read. */
    private static final int VARIANTS = 128;

    @Param({"letters", "products", "signs", "nested", "sum", "powers"})
    String shape;

    private final String[] texts = new String[VARIANTS];
    private int next;

    @Setup
    public void setUp() {
        String base = switch (shape) {
            case "letters" -> "xy".repeat(497);
            case "products" -> "2x".repeat(497);
            case "signs" -> "-".repeat(994) + "x";
            case "nested" -> "sin(".repeat(90) + "x" + ")".repeat(90) + "+cos(".repeat(90) + "y" + ")".repeat(90);
            case "sum" -> "x^2+".repeat(248) + "y";
            case "powers" -> "x^".repeat(497) + "y";
            default -> throw new IllegalArgumentException(shape);
        };
        for (int k = 0; k < VARIANTS; k++) {
            texts[k] = base + "+" + k;
            if (texts[k].length() > Expressions.MAX_LENGTH || !(Expressions.parse(texts[k]) instanceof ParseResult.Success)) {
                throw new IllegalStateException("not an accepted function of at most 1000 characters: " + shape);
            }
        }
    }

    @Benchmark
    public ParseResult parse() {
        next = (next + 1) % VARIANTS;
        return Expressions.parse(texts[next]);
    }
}
