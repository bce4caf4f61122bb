package org.descentlab.core.expr;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/** Turns exp4j's reverse-Polish token output into our tree, so that the reading is exactly exp4j's. */
final class TreeBuilder {

    private static final Set<String> NAMES = new HashSet<>();

    static {
        NAMES.addAll(Names.VARIABLES);
        NAMES.addAll(Names.CONSTANTS.keySet());
    }

    private TreeBuilder() {
    }

    /**
     * Builds the tree of text that {@link Grammar} accepted.
     *
     * @throws IllegalStateException if exp4j reads it differently from our grammar (a bug of ours)
     */
    static Node build(String text) {
        try {
            return build(Lexer.tokenize(text));
        } catch (Lexer.ParseException e) {
            throw new IllegalStateException("not an accepted function: " + text, e);
        }
    }

    /**
     * Builds the tree of {@link Lexer}'s tokens of text that {@link Grammar} accepted. exp4j is given them
     * one space apart, which it reads as it reads the text (spaces only separate tokens, and the lexer splits
     * as exp4j does), but in time linear in the length: its own tokenizer tries every prefix of a run of
     * letters, cubic in a long one (xyxy…).
     */
    static Node build(List<org.descentlab.core.expr.Token> tokens) {
        return build(tokens, List.of());
    }

    /** As {@link #build(List)}, reading column k of {@code columns} as the variable with index 2 + k. */
    static Node build(List<org.descentlab.core.expr.Token> tokens, List<String> columns) {
        StringBuilder spaced = new StringBuilder();
        for (org.descentlab.core.expr.Token t : tokens) {
            spaced.append(t.text()).append(' ');
        }
        Set<String> names = NAMES;
        if (!columns.isEmpty()) {
            names = new HashSet<>(NAMES);
            names.addAll(columns);
        }
        Token[] rpn = ShuntingYard.convertToRPN(spaced.toString(), java.util.Map.<String, Function>of(),
                java.util.Map.<String, Operator>of(), names, true);
        Deque<Node> stack = new ArrayDeque<>();
        for (Token token : rpn) {
            if (token instanceof NumberToken n) {
                stack.push(new Node.Num(n.getValue(), null));
            } else if (token instanceof VariableToken v) {
                stack.push(variable(v.getName(), columns));
            } else if (token instanceof OperatorToken o) {
                Operator op = o.getOperator();
                if (op.getNumOperands() == 1) {
                    Node operand = pop(stack);
                    stack.push(op.getSymbol().equals("-") ? new Node.Neg(operand) : operand);
                } else {
                    Node right = pop(stack);
                    Node left = pop(stack);
                    stack.push(new Node.Binary(op.getSymbol().charAt(0), left, right));
                }
            } else if (token instanceof FunctionToken f) {
                MathFunction function = MathFunction.byName(f.getFunction().getName()).orElseThrow();
                Node[] args = new Node[function.arity()];
                for (int i = args.length - 1; i >= 0; i--) {
                    args[i] = pop(stack);
                }
                stack.push(new Node.Call(function, Arrays.asList(args)));
            } else {
                throw new IllegalStateException("unexpected token in exp4j output: " + token.getClass().getSimpleName());
            }
        }
        if (stack.size() != 1) {
            throw new IllegalStateException("exp4j left " + stack.size() + " values for: " + spaced);
        }
        return stack.pop();
    }

    private static Node variable(String name, List<String> columns) {
        int column = columns.indexOf(name);
        if (column >= 0) {
            return new Node.Var(2 + column);
        }
        if (name.equals("x")) {
            return Node.Var.X;
        }
        if (name.equals("y")) {
            return Node.Var.Y;
        }
        return new Node.Num(Names.CONSTANTS.get(name), name);
    }

    private static Node pop(Deque<Node> stack) {
        if (stack.isEmpty()) {
            throw new IllegalStateException("exp4j output is missing an operand");
        }
        return stack.pop();
    }
}
