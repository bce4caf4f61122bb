package org.descentlab.core.expr;

import java.util.stream.Collectors;

import org.descentlab.core.NumberText;

/**
 * Prints a tree the way it was read: every function with brackets, brackets where precedence needs
 * them, and also around powers under a minus and around nested powers, where people misread.
 */
final class Printer {

    private static final int ADDITIVE = 1;
    private static final int MULTIPLICATIVE = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private Printer() {
    }

    static String print(Node node) {
        if (node instanceof Node.Num n) {
            return n.name() != null ? n.name() : number(n.value());
        }
        if (node instanceof Node.Var v) {
            return v.index() == 0 ? "x" : "y";
        }
        if (node instanceof Node.Neg n) {
            boolean wrap = precedence(n.operand()) < ATOM && precedence(n.operand()) != UNARY;
            return "-" + (wrap ? "(" + print(n.operand()) + ")" : print(n.operand()));
        }
        if (node instanceof Node.Binary b) {
            int p = precedence(b);
            String left = wrap(b.left(), p == POWER ? p + 1 : p);
            String right = wrap(b.right(), p == POWER ? p + 1 : p + 1);
            String op = p == ADDITIVE ? " " + b.operator() + " " : String.valueOf(b.operator());
            return left + op + right;
        }
        if (node instanceof Node.Call c) {
            return c.function().functionName() + "("
                    + c.arguments().stream().map(Printer::print).collect(Collectors.joining(", ")) + ")";
        }
        Node.IntPower p = (Node.IntPower) node;
        return wrap(p.base(), ATOM) + "^" + p.exponent();
    }

    private static String wrap(Node child, int needed) {
        String s = print(child);
        return precedence(child) < needed ? "(" + s + ")" : s;
    }

    private static int precedence(Node node) {
        if (node instanceof Node.Binary b) {
            return switch (b.operator()) {
                case '+', '-' -> ADDITIVE;
                case '*', '/', '%' -> MULTIPLICATIVE;
                default -> POWER;
            };
        }
        if (node instanceof Node.Neg) {
            return UNARY;
        }
        if (node instanceof Node.IntPower) {
            return POWER;
        }
        if (node instanceof Node.Num n && n.name() == null && n.value() < 0) {
            return UNARY;
        }
        return ATOM;
    }

    static String number(double value) {
        return NumberText.exact(value);
    }
}
