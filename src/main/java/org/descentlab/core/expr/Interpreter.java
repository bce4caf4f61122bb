package org.descentlab.core.expr;

/** Evaluates a tree directly: the reference for the compiled form, and its fallback. IEEE throughout. */
final class Interpreter implements Kernel {

    private final Node root;

    Interpreter(Node root) {
        this.root = root;
    }

    @Override
    public double value(double x, double y) {
        return eval(root, x, y);
    }

    @Override
    public void row(double y, double x0, double dx, int n, double[] out, int offset) {
        for (int i = 0; i < n; i++) {
            out[offset + i] = eval(root, x0 + i * dx, y);
        }
    }

    private static final double[] NO_COLUMNS = {};

    static double eval(Node node, double x, double y) {
        return eval(node, x, y, NO_COLUMNS);
    }

    /** The value with the variable of index 2 + k read from {@code columns[k]} (a data row). */
    static double eval(Node node, double x, double y, double[] columns) {
        if (node instanceof Node.Num n) {
            return n.value();
        }
        if (node instanceof Node.Var v) {
            return v.index() == 0 ? x : v.index() == 1 ? y : columns[v.index() - 2];
        }
        if (node instanceof Node.Neg n) {
            return -eval(n.operand(), x, y, columns);
        }
        if (node instanceof Node.Binary b) {
            double l = eval(b.left(), x, y, columns);
            double r = eval(b.right(), x, y, columns);
            return switch (b.operator()) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> l / r;
                case '%' -> l % r;
                case '^' -> Math.pow(l, r);
                default -> throw new IllegalStateException("operator " + b.operator());
            };
        }
        if (node instanceof Node.Call c) {
            double a = eval(c.arguments().get(0), x, y, columns);
            return c.function().arity() == 1 ? c.function().apply(a)
                    : c.function().apply(a, eval(c.arguments().get(1), x, y, columns));
        }
        Node.IntPower p = (Node.IntPower) node;
        return intPower(eval(p.base(), x, y, columns), p.exponent());
    }

    /** Square-and-multiply, the same sequence of roundings as the compiled code. */
    static double intPower(double base, int exponent) {
        int n = Math.abs(exponent);
        double result = Double.NaN;
        boolean first = true;
        double b = base;
        while (n > 0) {
            if ((n & 1) != 0) {
                result = first ? b : result * b;
                first = false;
            }
            n >>= 1;
            if (n > 0) {
                b = b * b;
            }
        }
        if (first) {
            return 1.0;
        }
        return exponent < 0 ? 1.0 / result : result;
    }
}
