package org.descentlab.core.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree's numbers in the order of a walk through it, and its shape: the tree written with each number
 * left out, so that two trees of one shape differ only in the numbers given to their class.
 */
final class KernelNumbers {
    final Map<Node, Integer> index = new IdentityHashMap<>();
    private final List<Double> values = new ArrayList<>();

    String shape(Node root) {
        StringBuilder out = new StringBuilder();
        walk(root, out);
        return out.toString();
    }

    double[] values() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void walk(Node node, StringBuilder out) {
        if (node instanceof Node.Num n) {
            index.put(n, values.size());
            values.add(n.value());
            out.append('#');
        } else if (node instanceof Node.Var v) {
            out.append(v.index() == 0 ? 'x' : 'y');
        } else if (node instanceof Node.Neg n) {
            out.append("(-");
            walk(n.operand(), out);
            out.append(')');
        } else if (node instanceof Node.Binary b) {
            out.append('(');
            walk(b.left(), out);
            out.append(b.operator());
            walk(b.right(), out);
            out.append(')');
        } else if (node instanceof Node.Call c) {
            out.append(c.function().name()).append('(');
            for (Node a : c.arguments()) {
                walk(a, out);
                out.append(',');
            }
            out.append(')');
        } else if (node instanceof Node.IntPower p) {
            out.append('(');
            walk(p.base(), out);
            out.append("^i").append(p.exponent()).append(')');
        }
    }
}
