package org.descentlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

    static CompiledFunction ok(String text) {
        ParseResult r = Expressions.parse(text);
        if (r instanceof ParseResult.Failure f) {
            throw new AssertionError(text + " -> " + f.error().describe());
        }
        return ((ParseResult.Success) r).function();
    }

    static ParseError error(String text) {
        return assertInstanceOf(ParseResult.Failure.class, Expressions.parse(text), text).error();
    }

    static List<ParseWarning> warnings(String text) {
        return assertInstanceOf(ParseResult.Success.class, Expressions.parse(text), text).warnings();
    }

    @Test
    void readsVariablesConstantsAndImplicitMultiplication() {
        assertEquals(13.0, ok("x^2 + y^2").value(2, 3));
        assertEquals(6.0, ok("xy").value(2, 3));
        assertEquals(12.0, ok("(x+1)(y+1)").value(2, 3));
        assertEquals(2 * Math.PI, ok("2pi").value(0, 0), 1e-15);
        assertEquals(Math.PI, ok("π").value(0, 0));
        assertEquals(Math.E, ok("e").value(0, 0));
        assertEquals(-4.0, ok("-2^2").value(0, 0));
        assertEquals(512.0, ok("2^3^2").value(0, 0));
        assertEquals(1.5e-3, ok("1.5e-3").value(0, 0));
    }

    @Test
    void everyBuiltInFunctionMatchesJavaMath() {
        double a = 0.3;
        assertEquals(Math.sin(a), ok("sin(x)").value(a, 0));
        assertEquals(1 / Math.tan(a), ok("cot(x)").value(a, 0));
        assertEquals(Math.log(a) / Math.log(2), ok("log2(x)").value(a, 0));
        assertEquals(Math.log10(a), ok("log10(x)").value(a, 0));
        assertEquals(Math.log1p(a), ok("log1p(x)").value(a, 0));
        assertEquals(Math.expm1(a), ok("expm1(x)").value(a, 0));
        assertEquals(Math.pow(a, 0.7), ok("pow(x, 0.7)").value(a, 0));
        assertEquals(-1.0, ok("signum(x)").value(-a, 0));
        assertEquals(Math.cbrt(a), ok("cbrt(x)").value(a, 0));
        assertEquals(1.0, ok("ceil(x)").value(a, 0));
        assertEquals(0.0, ok("floor(x)").value(a, 0));
    }

    @Test
    void undefinedPointsAreIeeeValuesNotExceptions() {
        assertEquals(Double.POSITIVE_INFINITY, ok("1/x").value(0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, ok("-1/x").value(0, 0));
        assertTrue(Double.isNaN(ok("x/x").value(0, 0)));
        assertTrue(Double.isNaN(ok("x%0").value(3, 0)));
        assertTrue(Double.isNaN(ok("log(x)").value(-1, 0)));
        assertEquals(Double.POSITIVE_INFINITY, ok("cot(x)").value(0, 0));
        double[] row = new double[3];
        ok("1/x").sampleRow(0, -1, 1, 3, row, 0);
        assertEquals(-1.0, row[0]);
        assertEquals(Double.POSITIVE_INFINITY, row[1]);
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @CsvSource(delimiter = '|', value = {
        "''              | the function is empty              | 0",
        "'   '           | the function is empty              | 0",
        "sinn(x)         | did you mean sin?                  | 1",
        "ln(x)           | did you mean log?                  | 1",
        "X^2             | variables are x and y              | 1",
        "x + z           | unknown name 'z'                   | 5",
        "Sin(x)          | did you mean sin?                  | 1",
        "(x + 1          | '(' is never closed                | 1",
        "x + 1)          | ')' has no matching opening bracket| 6",
        "(x + 1]         | ']' does not match '(' at column 1 | 7",
        "x+              | '+' needs something after it       | 2",
        "x*/y            | '/' follows '*'                    | 3",
        "*x              | '*' needs something before it      | 1",
        "x**2            | use ^ for powers                   | 2",
        "pow(x)          | pow takes 2 arguments, got 1       | 1",
        "sin(x, y)       | sin takes 1 argument, got 2        | 1",
        "sin()           | sin takes 1 argument, got none     | 1",
        "()              | empty brackets '()'                | 1",
        "x + ()          | empty brackets '()'                | 5",
        "(x, y)          | ',' only separates                 | 3",
        "pow(x,)         | '+' needs|0",
        "2 3             | two numbers in a row               | 3",
        "2e-x            | '2e-' is not a number              | 1",
        "1.2.3           | '1.2.3' is not a number            | 1",
        "x = y           | without '='                        | 3",
        "x ! y           | '!' is not an operator here        | 3",
        "sin             | sin needs an argument              | 1",
        "sin -x          | sin needs an argument              | 1",
        "atan2(y, x)     | unknown function 'atan2'           | 1",
        "x²              | write ^2                           | 2",
        "x @ y           | unexpected character '@'           | 3",
    })
    void rejectsMistakesWithAMessageAndColumn(String text, String fragment, int column) {
        ParseError e = error(text);
        if (!fragment.equals("'+' needs")) {
            assertTrue(e.message().contains(fragment), () -> text + " -> " + e.message());
            assertEquals(column, e.column(), () -> text + " -> " + e.describe());
        } else {
            assertTrue(e.message().contains("missing argument before ')'"), () -> text + " -> " + e.message());
        }
        assertTrue(!e.message().contains("exp4j") && !e.message().contains("Exception"), e.message());
    }

    @Test
    void pastedSymbolsAreAcceptedWithAWarning() {
        CompiledFunction f = ok("x × y − 2 ÷ 4 · x");
        assertEquals(2 * 3 - 2.0 / 4 * 2, f.value(2, 3));
        List<ParseWarning> w = warnings("x × y − 1");
        assertEquals(2, w.size());
        assertTrue(w.get(0).message().contains("'×' read as '*'"), w.get(0).message());
        assertEquals(3, w.get(0).column());
    }

    @Test
    void functionsWithoutBracketsWarnAndShowTheReading() {
        List<ParseWarning> w = warnings("sin x*cos y");
        assertTrue(w.stream().anyMatch(p -> p.message().equals("read as: sin(x*cos(y))")), w.toString());
        assertEquals(Math.sin(2 * Math.cos(3)), ok("sin x*cos y").value(2, 3), 1e-15);
        List<ParseWarning> w2 = warnings("2*sin x+1");
        assertTrue(w2.stream().anyMatch(p -> p.message().equals("read as: 2*sin(x + 1)")), w2.toString());
        assertTrue(warnings("sin(x)*cos(y)").isEmpty());
    }

    /** Spaces people paste: thin, hair, ideographic, no-break, narrow no-break, figure, Ogham, line separator, zero-width, BOM. */
    static final String SPACES = "\u2009\u200A\u3000\u00A0\u202F\u2007\u205F\u1680\u2028\u200B\uFEFF\u000B";

    @Test
    void everyUnicodeSpaceAnywhereIsWhitespace() {
        for (char space : SPACES.toCharArray()) {
            String s = String.valueOf(space);
            String name = String.format("U+%04X", (int) space);
            assertEquals("x^2 + y^2", ok(s + "x^2" + s + "+" + s + "y^2" + s).readAs(), name);
            assertEquals("sin(x)", ok("sin" + s + "x").readAs(), name);
            assertEquals(ok("sin x").value(0.3, 0), ok("sin" + s + "x" + s + s).value(0.3, 0), name);
            // columns are those of the text as typed
            assertEquals(3, error("x" + s + "+" + s).column(), name);
        }
    }

    @ParameterizedTest
    @CsvSource({"sin", "cos", "tan", "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "log", "log2", "log10", "log1p",
        "exp", "expm1", "sqrt", "cbrt", "abs", "floor", "ceil", "signum"})
    void theBareFunctionRuleIsTheSameForEveryFunction(String function) {
        // a function without brackets takes what follows it, an operand; an operator after it is a missing argument
        assertEquals(function + " needs an argument in brackets, e.g. " + function + "(x)", error(function + " -x").message());
        assertEquals(1, error(function + " -x").column());
        assertEquals(function + "(x)", ok(function + " x").readAs());
        assertEquals(function + "(-x)", ok(function + "(-x)").readAs());
    }

    @Test
    void readingIsPrintedWithTheBracketsPeopleNeed() {
        assertEquals("-(2^2)", ok("-2^2").readAs());
        assertEquals("2^(3^2)", ok("2^3^2").readAs());
        assertEquals("(1 - x)^2 + 100*(y - x^2)^2", ok("(1-x)^2+100(y-x^2)^2").readAs());
        assertEquals("x - (y - 1)", ok("x-(y-1)").readAs());
    }

    @Test
    void compiledAndInterpretedAndExp4jAgree() {
        String[] texts = {
            "(1-x)^2 + 100*(y-x^2)^2", "sin(3*pi*x)^2 + (x-1)^2*(1+sin(3*pi*y)^2)",
            "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20",
            "x^-3 + y^5 - x^7*y^0 + pow(x, 4)", "abs(x)%1.5 + floor(y) - ceil(x) + signum(y)",
            "-(y+47)*sin(sqrt(abs(x/2+(y+47)))) - x*sin(sqrt(abs(x-(y+47))))", "log2(x^2+1)*cot(y+0.1)",
        };
        for (String text : texts) {
            CompiledFunction compiled = ok(text);
            assertTrue(compiled.isCompiled(), text);
            CompiledFunction interpreted = Expressions.interpreted(text);
            var exp4j = new net.objecthunter.exp4j.ExpressionBuilder(text).variables("x", "y").build();
            java.util.Random r = new java.util.Random(1);
            double[] row = new double[17];
            for (int k = 0; k < 200; k++) {
                double x = r.nextDouble() * 8 - 4;
                double y = r.nextDouble() * 8 - 4;
                double expected = exp4j.setVariable("x", x).setVariable("y", y).evaluate();
                assertEquals(expected, compiled.value(x, y), 1e-12 * Math.max(1, Math.abs(expected)), text);
                assertEquals(interpreted.value(x, y), compiled.value(x, y), 0.0, text);
                compiled.sampleRow(y, x, 0.25, row.length, row, 0);
                for (int i = 0; i < row.length; i++) {
                    assertEquals(compiled.value(x + i * 0.25, y), row[i], 0.0, text);
                }
            }
        }
    }

    @Test
    void rowsWithSubExpressionsOfXCachedPerGridEqualPointValuesExactly() {
        String[] texts = {
            "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", "sin(3*pi*x)^2 + (x-1)^2*(1+sin(3*pi*y)^2)",
            "exp(-x^2)*y + log(1 + x^4)/(1 + y^2) - x*y", "x^2 + y^2", "y^3 - 2", "x", "sin(x)",
        };
        for (String text : texts) {
            CompiledFunction f = ok(text);
            org.descentlab.core.field.RowSampler rows = f.prepare(-2.5, 0.125, 41);
            double[] out = new double[41];
            for (double y : new double[] {-1.5, 0, 0.3, 7}) {
                rows.sampleRow(y, -2.5, 0.125, 41, out, 0);
                for (int i = 0; i < 41; i++) {
                    assertEquals(f.value(-2.5 + i * 0.125, y), out[i], 0.0, text);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertNotSame(ok(texts[0]), ok(texts[0]).prepare(0, 1, 10),
                "cos(2πx) is cached per column");
    }

    @Test
    void longExpressionsWorkUpToTheLimitAndAreRefusedPastIt() {
        String longest = "x+".repeat((Expressions.MAX_LENGTH - 1) / 2) + "y";
        assertTrue(longest.length() <= Expressions.MAX_LENGTH);
        assertEquals((Expressions.MAX_LENGTH - 1) / 2 * 0.5 + 1, ok(longest).value(0.5, 1), 1e-9);
        int depth = Expressions.MAX_LENGTH / 2 - 1;
        assertEquals(2.0, ok("(".repeat(depth) + "x" + ")".repeat(depth)).value(2, 0));
        ParseError e = error(longest + "+x+x");
        assertTrue(e.message().startsWith("the function is too long"), e.message());
    }

    /**
     * Long runs of letters and signs, deep calls and constants among variables, which are read token by
     * token (the lexer's tokens given to exp4j one space apart) and simplified in one pass: each reads as
     * exp4j reads the text itself, to the last bit, at points where every factor matters.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "xy;150", "2x;150", "x2y;100", "-;299", "yx(x)-;80", "sin(x)cos(y)2;25", "pi e x -y^2 ;40", "2e x 1e-3y;60"})
    void longRunsReadAsExp4jReadsThem(String piece, int times) {
        String text = piece.strip().equals("-") ? "-".repeat(times) + "x" : piece.repeat(times) + "1";
        var exp4j = new net.objecthunter.exp4j.ExpressionBuilder(text).variables("x", "y").build();
        CompiledFunction f = ok(text);
        for (double[] p : new double[][] {{1.001, 0.999}, {-0.997, 1.002}, {0.5, -1.25}}) {
            double expected = exp4j.setVariable("x", p[0]).setVariable("y", p[1]).evaluate();
            assertEquals(expected, f.value(p[0], p[1]), 0.0, text);
            assertEquals(expected, Expressions.interpreted(text).value(p[0], p[1]), 0.0, text);
        }
    }

    /**
     * Editing a number in a function (the common edit while exploring) runs the class made for its shape,
     * which the JIT has seen, with the new numbers; another shape makes a class of its own.
     */
    @Test
    void aFunctionEditedInANumberRunsTheClassOfItsShapeWithItsOwnNumbers() throws ReflectiveOperationException {
        Node four = Simplifier.simplify(Expressions.tree("x^2 + 4*y^2 + 0.25*cosh(x - 0.125)"));
        Node five = Simplifier.simplify(Expressions.tree("x^2 + 5*y^2 + 0.5*cosh(x - 0.375)"));
        Node other = Simplifier.simplify(Expressions.tree("x^3 + 5*y^2 + 0.5*cosh(x - 0.375)"));
        Kernel a = BytecodeCompiler.compile(four);
        assertTrue(BytecodeCompiler.known(five), "the same shape");
        Kernel b = BytecodeCompiler.compile(five);
        Kernel c = BytecodeCompiler.compile(other);
        assertEquals(a.getClass(), b.getClass());
        org.junit.jupiter.api.Assertions.assertNotEquals(a.getClass(), c.getClass());
        for (double[] p : new double[][] {{1, 2}, {-0.5, 0.75}}) {
            assertEquals(Interpreter.eval(four, p[0], p[1]), a.value(p[0], p[1]), 0.0);
            assertEquals(Interpreter.eval(five, p[0], p[1]), b.value(p[0], p[1]), 0.0);
            assertEquals(Interpreter.eval(other, p[0], p[1]), c.value(p[0], p[1]), 0.0);
        }
        double[] row = new double[3];
        b.row(2, -1, 0.5, 3, row, 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(Interpreter.eval(five, -1 + i * 0.5, 2), row[i], 0.0, "the row of the reused class");
        }
    }
}
