package org.descentlab.core.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The largest sub-trees of y alone (computed once per row) and of x alone (computed once per grid
 * column, see {@link Kernel#columns}). Leaves are cheaper to load than to cache.
 */
final class Invariants {
    final List<Node> yOnly = new ArrayList<>();
    final List<Node> xOnly = new ArrayList<>();
    /** Each node's variables (bit 0 x, bit 1 y), found in one pass so that collecting stays linear. */
    private final Map<Node, Integer> uses = new IdentityHashMap<>();

    void collect(Node node) {
        uses(node);
        gather(node);
    }

    private int uses(Node node) {
        int mask;
        if (node instanceof Node.Var v) {
            mask = 1 << v.index();
        } else if (node instanceof Node.Neg n) {
            mask = uses(n.operand());
        } else if (node instanceof Node.Binary b) {
            mask = uses(b.left()) | uses(b.right());
        } else if (node instanceof Node.Call c) {
            mask = 0;
            for (Node a : c.arguments()) {
                mask |= uses(a);
            }
        } else if (node instanceof Node.IntPower p) {
            mask = uses(p.base());
        } else {
            mask = 0;
        }
        uses.put(node, mask);
        return mask;
    }

    private void gather(Node node) {
        if (node instanceof Node.Num || node instanceof Node.Var) {
            return;
        }
        int mask = uses.get(node);
        if ((mask & 1) == 0) {
            yOnly.add(node);
        } else if ((mask & 2) == 0) {
            xOnly.add(node);
        } else if (node instanceof Node.Neg n) {
            gather(n.operand());
        } else if (node instanceof Node.Binary b) {
            gather(b.left());
            gather(b.right());
        } else if (node instanceof Node.Call c) {
            c.arguments().forEach(this::gather);
        } else if (node instanceof Node.IntPower p) {
            gather(p.base());
        }
    }
}
