package org.descentlab.core.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.descentlab.core.expr.Lexer.ParseException;
import org.descentlab.core.expr.Token.Kind;

/**
 * Checks a token list against the grammar exp4j means to accept, so that every mistake is reported
 * with its column before exp4j sees it (exp4j lets several through, or fails with an unhelpful text).
 * Operators are unary where exp4j makes them unary: at the start, after an opening bracket, a comma or
 * another operator.
 */
final class Grammar {

    /** A bracket that is open, and for a function call, how many arguments it has seen. */
    private static final class Open {
        final Token bracket;
        final Token function;
        int arguments = 1;

        Open(Token bracket, Token function) {
            this.bracket = bracket;
            this.function = function;
        }
    }

    private Grammar() {
    }

    /**
     * Checks the tokens; returns the functions written without brackets (exp4j applies them to all that
     * follows, up to the next closing bracket or the end).
     */
    static List<Token> check(List<Token> tokens) throws ParseException {
        if (tokens.isEmpty()) {
            throw new ParseException("the function is empty: type an expression in x and y, e.g. x^2 + y^2", 0, "");
        }
        List<Token> bareFunctions = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        boolean expectOperand = true;
        Token prev = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            switch (t.kind()) {
                case NUMBER, VARIABLE, CONSTANT -> {
                    if (!expectOperand && t.is(Kind.NUMBER) && prev.is(Kind.NUMBER)) {
                        throw new ParseException("two numbers in a row: put an operator between "
                                + prev.text() + " and " + t.text(), t.column(), t.text());
                    }
                    expectOperand = false;
                }
                case FUNCTION -> {
                    checkFunctionName(t, next, i + 2 < tokens.size() ? tokens.get(i + 2) : null);
                    if (next == null || next.is(Kind.OPERATOR) || next.is(Kind.CLOSE) || next.is(Kind.COMMA)) {
                        throw new ParseException(t.text() + " needs an argument in brackets, e.g. " + t.text() + "(x)",
                                t.column(), t.text());
                    }
                    if (!next.is(Kind.OPEN)) {
                        bareFunctions.add(t);
                        if (MathFunction.byName(t.text()).orElseThrow().arity() != 1) {
                            throw new ParseException(t.text() + " needs its arguments in brackets, e.g. pow(x, 2)",
                                    t.column(), t.text());
                        }
                    }
                    expectOperand = true;
                }
                case OPEN -> {
                    open.push(new Open(t, prev != null && prev.is(Kind.FUNCTION) ? prev : null));
                    expectOperand = true;
                }
                case CLOSE -> {
                    closeBracket(t, prev, open, expectOperand);
                    expectOperand = false;
                }
                case COMMA -> {
                    Open top = open.peek();
                    if (top == null || top.function == null) {
                        throw new ParseException("',' only separates a function's arguments, e.g. pow(x, 2)",
                                t.column(), ",");
                    }
                    if (expectOperand) {
                        throw missingOperand(prev, t);
                    }
                    top.arguments++;
                    expectOperand = true;
                }
                case OPERATOR -> {
                    if (expectOperand && !isUnary(t)) {
                        throw misplacedOperator(prev, t);
                    }
                    expectOperand = true;
                }
                default -> throw new IllegalStateException("unknown token " + t);
            }
            prev = t;
        }
        if (!open.isEmpty()) {
            Token bracket = open.peek().bracket;
            throw new ParseException("'" + bracket.text() + "' is never closed: add '" + closerOf(bracket.symbol())
                    + "'", bracket.column(), bracket.text());
        }
        if (expectOperand) {
            throw new ParseException("'" + prev.text() + "' needs something after it", prev.column(), prev.text());
        }
        return bareFunctions;
    }

    /** {@code atan2(y, x)} reads as atan 2·(y, x) in exp4j; name the word the user meant instead. */
    private static void checkFunctionName(Token function, Token next, Token afterNext) throws ParseException {
        if (next != null && next.is(Kind.NUMBER) && next.column() == function.endColumn()
                && Character.isDigit(next.symbol()) && afterNext != null && afterNext.is(Kind.OPEN)
                && afterNext.column() == next.endColumn()) {
            String word = function.text() + next.text();
            String hint = Names.suggestionFor(word).map(h -> ": " + h).orElse("");
            throw new ParseException("unknown function '" + word + "'" + hint, function.column(), word);
        }
    }

    private static boolean isUnary(Token operator) {
        char c = operator.symbol();
        return c == '-' || c == '+';
    }

    private static void closeBracket(Token t, Token prev, Deque<Open> open, boolean expectOperand)
            throws ParseException {
        Open top = open.poll();
        if (top == null) {
            throw new ParseException("'" + t.text() + "' has no matching opening bracket", t.column(), t.text());
        }
        if (closerOf(top.bracket.symbol()) != t.symbol()) {
            throw new ParseException("'" + t.text() + "' does not match '" + top.bracket.text() + "' at column "
                    + top.bracket.column(), t.column(), t.text());
        }
        if (prev.is(Kind.OPEN)) {
            if (top.function != null) {
                throw arityError(top.function, 0);
            }
            throw new ParseException("empty brackets '" + top.bracket.text() + t.text() + "': put an expression inside",
                    top.bracket.column(), top.bracket.text() + t.text());
        }
        if (expectOperand) {
            throw missingOperand(prev, t);
        }
        if (top.function != null) {
            int arity = MathFunction.byName(top.function.text()).orElseThrow().arity();
            if (top.arguments != arity) {
                throw arityError(top.function, top.arguments);
            }
        }
    }

    private static ParseException arityError(Token function, int given) {
        int arity = MathFunction.byName(function.text()).orElseThrow().arity();
        String wanted = arity == 1 ? "1 argument" : arity + " arguments";
        String got = given == 0 ? "none" : String.valueOf(given);
        String example = arity == 2 ? ", e.g. " + function.text() + "(x, 2)" : ", e.g. " + function.text() + "(x)";
        return new ParseException(function.text() + " takes " + wanted + ", got " + got + example,
                function.column(), function.text());
    }

    private static ParseException missingOperand(Token prev, Token at) {
        if (prev.is(Kind.OPERATOR)) {
            return new ParseException("'" + prev.text() + "' needs something after it", prev.column(), prev.text());
        }
        return new ParseException("missing argument before '" + at.text() + "'", at.column(), at.text());
    }

    private static ParseException misplacedOperator(Token prev, Token t) {
        if (t.symbol() == '*' && prev != null && prev.is(Kind.OPERATOR) && prev.symbol() == '*'
                && prev.endColumn() == t.column()) {
            return new ParseException("'**' is not an operator: use ^ for powers, e.g. x^2", prev.column(), "**");
        }
        if (prev != null && prev.is(Kind.OPERATOR)) {
            return new ParseException("'" + t.text() + "' follows '" + prev.text() + "' with nothing between them",
                    t.column(), t.text());
        }
        return new ParseException("'" + t.text() + "' needs something before it", t.column(), t.text());
    }

    private static char closerOf(char opener) {
        return switch (opener) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            default -> throw new IllegalArgumentException("not a bracket: " + opener);
        };
    }
}
