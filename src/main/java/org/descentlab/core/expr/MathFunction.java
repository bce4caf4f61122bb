package org.descentlab.core.expr;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * exp4j 0.4.8's 23 built-in functions, with the same meaning except that nothing throws: where exp4j
 * raises {@code ArithmeticException} (cot at 0) we return the IEEE result.
 */
public enum MathFunction {
    SIN("sin", 1), COS("cos", 1), TAN("tan", 1), COT("cot", 1),
    ASIN("asin", 1), ACOS("acos", 1), ATAN("atan", 1),
    SINH("sinh", 1), COSH("cosh", 1), TANH("tanh", 1),
    LOG("log", 1), LOG2("log2", 1), LOG10("log10", 1), LOG1P("log1p", 1),
    EXP("exp", 1), EXPM1("expm1", 1),
    SQRT("sqrt", 1), CBRT("cbrt", 1), ABS("abs", 1),
    FLOOR("floor", 1), CEIL("ceil", 1), SIGNUM("signum", 1),
    POW("pow", 2);

    /** exp4j computes log2 as log(x) / log(2); so do we, to give the same numbers. */
    static final double LN2 = Math.log(2.0);

    private static final Map<String, MathFunction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MathFunction::functionName, Function.identity()));

    private final String functionName;
    private final int arity;

    MathFunction(String functionName, int arity) {
        this.functionName = functionName;
        this.arity = arity;
    }

    public String functionName() {
        return functionName;
    }

    public int arity() {
        return arity;
    }

    public static Optional<MathFunction> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Applies a one-argument function. */
    public double apply(double a) {
        return switch (this) {
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case COT -> 1.0 / Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case TANH -> Math.tanh(a);
            case LOG -> Math.log(a);
            case LOG2 -> Math.log(a) / LN2;
            case LOG10 -> Math.log10(a);
            case LOG1P -> Math.log1p(a);
            case EXP -> Math.exp(a);
            case EXPM1 -> Math.expm1(a);
            case SQRT -> Math.sqrt(a);
            case CBRT -> Math.cbrt(a);
            case ABS -> Math.abs(a);
            case FLOOR -> Math.floor(a);
            case CEIL -> Math.ceil(a);
            case SIGNUM -> Math.signum(a);
            case POW -> throw new IllegalStateException("pow takes two arguments");
        };
    }

    /** Applies a two-argument function. */
    public double apply(double a, double b) {
        if (this != POW) {
            throw new IllegalStateException(functionName + " takes one argument");
        }
        return Math.pow(a, b);
    }
}
