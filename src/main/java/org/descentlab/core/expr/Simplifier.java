package org.descentlab.core.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a tree for speed without changing a single result: folds constant sub-trees and turns small
 * integer powers into multiplications (exact for squares, within an ulp or two of {@code Math.pow}
 * otherwise).
 */
final class Simplifier {

    /** Up to this exponent a power is cheaper as multiplications. */
    static final int MAX_INT_POWER = 32;

    private Simplifier() {
    }

    static Node simplify(Node node) {
        if (node instanceof Node.Num || node instanceof Node.Var) {
            return node;
        }
        Node result;
        if (node instanceof Node.Neg n) {
            result = new Node.Neg(simplify(n.operand()));
        } else if (node instanceof Node.Binary b) {
            Node left = simplify(b.left());
            Node right = simplify(b.right());
            result = b.operator() == '^' ? power(left, right) : new Node.Binary(b.operator(), left, right);
        } else if (node instanceof Node.Call c) {
            List<Node> args = new ArrayList<>();
            for (Node a : c.arguments()) {
                args.add(simplify(a));
            }
            result = c.function() == MathFunction.POW ? power(args.get(0), args.get(1)) : new Node.Call(c.function(), args);
        } else {
            result = node;
        }
        return isConstant(result) ? new Node.Num(Interpreter.eval(result, 0, 0), null) : result;
    }

    private static Node power(Node base, Node exponent) {
        if (exponent instanceof Node.Num n && n.value() == Math.rint(n.value())
                && Math.abs(n.value()) <= MAX_INT_POWER && !isConstant(base)) {
            int e = (int) n.value();
            return e == 1 ? base : new Node.IntPower(base, e);
        }
        return new Node.Binary('^', base, exponent);
    }

    /**
     * Whether a node whose operands are simplified depends on neither variable: then its operands have all
     * been folded to numbers. Looking no deeper keeps simplifying linear in the tree's size.
     */
    private static boolean isConstant(Node node) {
        if (node instanceof Node.Num) {
            return true;
        }
        if (node instanceof Node.Neg n) {
            return n.operand() instanceof Node.Num;
        }
        if (node instanceof Node.Binary b) {
            return b.left() instanceof Node.Num && b.right() instanceof Node.Num;
        }
        if (node instanceof Node.Call c) {
            return c.arguments().stream().allMatch(a -> a instanceof Node.Num);
        }
        // a variable; a power of a number is folded before it is made one
        return false;
    }
}
