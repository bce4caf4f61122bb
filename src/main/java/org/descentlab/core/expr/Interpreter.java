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

    static double eval(Node node, double x, double y) {
        if (node instanceof Node.Num n) {
            return n.value();
        }
        if (node instanceof Node.Var v) {
            return v.index() == 0 ? x : y;
        }
        if (node instanceof Node.Neg n) {
            return -eval(n.operand(), x, y);
        }
        if (node instanceof Node.Binary b) {
            double l = eval(b.left(), x, y);
            double r = eval(b.right(), x, y);
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
            double a = eval(c.arguments().get(0), x, y);
            return c.function().arity() == 1 ? c.function().apply(a)
                    : c.function().apply(a, eval(c.arguments().get(1), x, y));
        }
        Node.IntPower p = (Node.IntPower) node;
        return intPower(eval(p.base(), x, y), p.exponent());
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
