package org.descentlab.core.expr;

import java.util.List;

/** An expression tree node, as exp4j reads the text. */
sealed interface Node {

    /** A number, or a named constant when {@code name} is not null. */
    record Num(double value, String name) implements Node {
    }

    /** The variable x (index 0) or y (index 1), or data column k of a per-sample loss (index 2 + k). */
    record Var(int index) implements Node {
        static final Var X = new Var(0);
        static final Var Y = new Var(1);
    }

    /** Unary minus. */
    record Neg(Node operand) implements Node {
    }

    /** One of + - * / % ^. */
    record Binary(char operator, Node left, Node right) implements Node {
    }

    /** A built-in function applied to its arguments. */
    record Call(MathFunction function, List<Node> arguments) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code base^exponent} for a small integer exponent, computed by multiplications. */
    record IntPower(Node base, int exponent) implements Node {
    }

    /** Whether the value depends on the variable with this index. */
    static boolean dependsOn(Node node, int variable) {
        if (node instanceof Var v) {
            return v.index() == variable;
        }
        if (node instanceof Neg n) {
            return dependsOn(n.operand(), variable);
        }
        if (node instanceof Binary b) {
            return dependsOn(b.left(), variable) || dependsOn(b.right(), variable);
        }
        if (node instanceof Call c) {
            return c.arguments().stream().anyMatch(a -> dependsOn(a, variable));
        }
        if (node instanceof IntPower p) {
            return dependsOn(p.base(), variable);
        }
        return false;
    }
}
