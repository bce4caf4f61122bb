package org.descentlab.core.expr;

import java.util.Set;
import java.util.TreeSet;

import org.descentlab.core.NumberText;

/**
 * A function as a Python expression in x and y over float64 values of a numerical module (torch tensors
 * or numpy floats), with the app's meaning: the module's functions give inf and nan where the app's IEEE
 * arithmetic does, where Python's {@code math} would raise. exp4j's operators become Python's: {@code ^}
 * is {@code **} (right-associative in both), {@code %} is {@code fmod} (the sign of the dividend, as
 * Java's {@code %}; Python's {@code %} takes the divisor's), {@code log} is the natural logarithm and
 * {@code log2(a)} is {@code log(a) / log(2)}, as exp4j computes it. A sub-expression of constants alone
 * that Python could not compute as the app does ({@code 1/0}, {@code sqrt(2)} on a plain float) is
 * written as its value, which the app folds in the same way.
 *
 * @param expression the Python expression
 * @param helpers    helper functions it calls that the module lacks ("cbrt", "signum"), defined by the script
 */
public record PythonFunction(String expression, Set<String> helpers) {

    /** Where the functions come from. */
    public enum Module {
        /** {@code torch.*}, on 0-dimensional float64 tensors. */
        TORCH("torch"),
        /** {@code np.*}, on numpy float64 scalars. */
        NUMPY("np");

        private final String prefix;

        Module(String prefix) {
            this.prefix = prefix;
        }

        /** The module's name in the script: "torch" or "np". */
        public String prefix() {
            return prefix;
        }
    }

    private static final int ADDITIVE = 1;
    private static final int MULTIPLICATIVE = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    public PythonFunction {
        helpers = Set.copyOf(helpers);
    }

    /** The function, read again from its text exactly as it was compiled. */
    public static PythonFunction of(CompiledFunction f, Module module) {
        Set<String> helpers = new TreeSet<>();
        String text = new Writer(module, helpers).print(Expressions.tree(f.text()));
        return new PythonFunction(text, helpers);
    }

    /** A number as a Python literal: 0.5, 1e-08 as 1e-8, math.inf, math.nan. */
    public static String literal(double v) {
        if (Double.isNaN(v)) {
            return "math.nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "math.inf" : "-math.inf";
        }
        return NumberText.exact(v);
    }

    /** A float literal, never an int: 2.0, 0.5, 1e-6 (Keras refuses an int learning_rate). */
    public static String real(double v) {
        String s = literal(v);
        return s.matches("-?[0-9]+") ? s + ".0" : s;
    }

    private record Writer(Module module, Set<String> helpers) {

        String print(Node node) {
            return text(node).text();
        }

        /** The text and how tightly it binds. */
        private record Text(String text, int precedence) {
        }

        private Text text(Node node) {
            if (node instanceof Node.Num n) {
                return number(n);
            }
            if (node instanceof Node.Var v) {
                return new Text(v.index() == 0 ? "x" : "y", ATOM);
            }
            if (node instanceof Node.Neg n) {
                return new Text("-" + wrap(n.operand(), UNARY), UNARY);
            }
            if (!Node.dependsOn(node, 0) && !Node.dependsOn(node, 1)) {
                return number(new Node.Num(Interpreter.eval(node, 0, 0), null));
            }
            if (node instanceof Node.Binary b) {
                return binary(b);
            }
            if (node instanceof Node.IntPower p) {
                return power(p.base(), new Node.Num(p.exponent(), null));
            }
            Node.Call c = (Node.Call) node;
            if (c.function() == MathFunction.POW) {
                return power(c.arguments().get(0), c.arguments().get(1));
            }
            return call(c.function(), print(c.arguments().get(0)));
        }

        private Text number(Node.Num n) {
            if ("pi".equals(n.name()) || "π".equals(n.name())) {
                return new Text("math.pi", ATOM);
            }
            if ("e".equals(n.name())) {
                return new Text("math.e", ATOM);
            }
            String s = literal(n.value());
            return new Text(s, s.startsWith("-") ? UNARY : ATOM);
        }

        private Text binary(Node.Binary b) {
            return switch (b.operator()) {
                case '+', '-' -> new Text(wrap(b.left(), ADDITIVE) + " " + b.operator() + " " + wrap(b.right(), ADDITIVE + 1),
                        ADDITIVE);
                case '*', '/' -> new Text(wrap(b.left(), MULTIPLICATIVE) + b.operator() + wrap(b.right(), MULTIPLICATIVE + 1),
                        MULTIPLICATIVE);
                case '%' -> new Text(module.prefix() + ".fmod(" + print(b.left()) + ", " + print(b.right()) + ")", ATOM);
                default -> power(b.left(), b.right());
            };
        }

        /** Brackets around both sides unless they are atoms: {@code (1 - x)**2}, {@code x**(-y)}. */
        private Text power(Node base, Node exponent) {
            return new Text(wrap(base, ATOM) + "**" + wrap(exponent, ATOM), POWER);
        }

        /** A function of one argument. */
        private Text call(MathFunction f, String a) {
            String m = module.prefix() + ".";
            return switch (f) {
                case COT -> new Text("(1 / " + m + "tan(" + a + "))", ATOM);
                case LOG2 -> new Text("(" + m + "log(" + a + ") / math.log(2))", ATOM);
                case CBRT, SIGNUM -> module == Module.TORCH ? helper(f.functionName(), a)
                        : new Text(m + (f == MathFunction.CBRT ? "cbrt" : "sign") + "(" + a + ")", ATOM);
                case ASIN, ACOS, ATAN -> new Text(m + (module == Module.NUMPY ? "arc" + f.functionName().substring(1)
                        : f.functionName()) + "(" + a + ")", ATOM);
                default -> new Text(m + f.functionName() + "(" + a + ")", ATOM);
            };
        }

        private Text helper(String name, String argument) {
            helpers.add(name);
            return new Text(name + "(" + argument + ")", ATOM);
        }

        private String wrap(Node child, int needed) {
            Text t = text(child);
            return t.precedence() < needed ? "(" + t.text() + ")" : t.text();
        }
    }
}
