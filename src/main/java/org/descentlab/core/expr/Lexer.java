package org.descentlab.core.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.descentlab.core.Texts;

/**
 * Splits text into tokens exactly as exp4j 0.4.8's tokenizer does (longest known name first, numbers
 * with exponents, brackets of three kinds) but keeps each token's column, so errors can point at it.
 */
final class Lexer {

    private static final String OPERATORS = "+-*/^%";
    /** Characters exp4j reserves for custom operators: meaningful to it, not to us. */
    private static final String RESERVED_OPERATORS = "!#§$&;:~<>|=";

    private final String text;
    /** Data columns read as variables beside x and y (a per-sample loss); none for a plain function. */
    private final List<String> columns;
    private final int longest;
    private int pos;

    private Lexer(String text, List<String> columns) {
        this.text = text;
        this.columns = columns;
        this.longest = Math.max(Names.LONGEST, columns.stream().mapToInt(String::length).max().orElse(0));
    }

    static List<Token> tokenize(String text) throws ParseException {
        return tokenize(text, List.of());
    }

    /** As {@link #tokenize(String)}, with the names {@code columns} read as variables too. */
    static List<Token> tokenize(String text, List<String> columns) throws ParseException {
        return new Lexer(text, columns).run();
    }

    private List<Token> run() throws ParseException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Texts.isSpace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() throws ParseException {
        char ch = text.charAt(pos);
        int column = pos + 1;
        if (Character.isDigit(ch) || ch == '.') {
            return number();
        }
        if (ch == ',') {
            pos++;
            return new Token(Token.Kind.COMMA, ",", column);
        }
        if (ch == '(' || ch == '[' || ch == '{') {
            pos++;
            return new Token(Token.Kind.OPEN, String.valueOf(ch), column);
        }
        if (ch == ')' || ch == ']' || ch == '}') {
            pos++;
            return new Token(Token.Kind.CLOSE, String.valueOf(ch), column);
        }
        if (OPERATORS.indexOf(ch) >= 0) {
            pos++;
            return new Token(Token.Kind.OPERATOR, String.valueOf(ch), column);
        }
        if (Character.isLetter(ch) || ch == '_') {
            return name();
        }
        throw new ParseException(unexpected(ch), column, String.valueOf(ch));
    }

    private static String unexpected(char ch) {
        if (ch == '=') {
            return "write only the expression, without '=' (for example x^2 + y^2)";
        }
        if (ch == '²') {
            return "'²' is not understood: write ^2";
        }
        if (ch == '³') {
            return "'³' is not understood: write ^3";
        }
        if (RESERVED_OPERATORS.indexOf(ch) >= 0) {
            return "'" + ch + "' is not an operator here: use + - * / ^ or %";
        }
        return "unexpected character '" + Texts.escapeControls(String.valueOf(ch)) + "'";
    }

    /** exp4j reads digits, dots, e/E and a sign right after e/E, then gives back a trailing e/E. */
    private Token number() throws ParseException {
        int start = pos;
        pos++;
        while (pos < text.length() && isNumeric(text.charAt(pos), isE(text.charAt(pos - 1)))) {
            pos++;
        }
        if (isE(text.charAt(pos - 1))) {
            pos--;
        }
        String literal = text.substring(start, pos);
        try {
            Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            throw new ParseException(badNumber(literal), start + 1, literal);
        }
        return new Token(Token.Kind.NUMBER, literal, start + 1);
    }

    private static String badNumber(String literal) {
        if (literal.endsWith("-") || literal.endsWith("+")) {
            return "'" + literal + "' is not a number: an exponent needs digits (1e-3); for e as a constant write "
                    + literal.charAt(0) + "*e";
        }
        return "'" + literal + "' is not a number";
    }

    private static boolean isE(char c) {
        return c == 'e' || c == 'E';
    }

    private static boolean isNumeric(char ch, boolean afterE) {
        return Character.isDigit(ch) || ch == '.' || isE(ch) || (afterE && (ch == '-' || ch == '+'));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_';
    }

    /** The longest prefix that is a known name, as exp4j takes it. */
    private Token name() throws ParseException {
        int start = pos;
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        // no name is longer: trying every prefix of a long run (xyxy…) would cost its length squared
        for (int len = Math.min(end - start, longest); len >= 1; len--) {
            String candidate = text.substring(start, start + len);
            Optional<Token.Kind> kind = kindOf(candidate);
            if (kind.isPresent()) {
                pos = start + len;
                return new Token(kind.get(), candidate, start + 1);
            }
        }
        throw unknownName(start);
    }

    private Optional<Token.Kind> kindOf(String name) {
        if (Names.VARIABLES.contains(name) || columns.contains(name)) {
            return Optional.of(Token.Kind.VARIABLE);
        }
        if (Names.CONSTANTS.containsKey(name)) {
            return Optional.of(Token.Kind.CONSTANT);
        }
        if (MathFunction.byName(name).isPresent()) {
            return Optional.of(Token.Kind.FUNCTION);
        }
        return Optional.empty();
    }

    /**
     * An unknown name: first try the whole word it is glued into ({@code sinn} suggests sin even though
     * exp4j would read "sin" then fail on "n"), then the unknown piece alone.
     */
    private ParseException unknownName(int start) {
        int pieceEnd = start;
        while (pieceEnd < text.length() && isWordChar(text.charAt(pieceEnd))) {
            pieceEnd++;
        }
        int wordStart = start;
        while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String piece = text.substring(start, Math.max(pieceEnd, start + 1));
        String word = text.substring(wordStart, Math.max(pieceEnd, start + 1));
        if (wordStart < start) {
            Optional<String> hint = Names.suggestionFor(word).filter(h -> h.startsWith("did you mean"));
            if (hint.isPresent()) {
                return new ParseException("unknown name '" + word + "': " + hint.get(), wordStart + 1, word);
            }
        }
        String hint = Names.suggestionFor(piece)
                .orElse("use x, y, pi, e and functions such as sin, exp, log, sqrt, abs, pow");
        if (!columns.isEmpty()) {
            hint += "; the data's columns are " + String.join(", ", columns);
        }
        return new ParseException("unknown name '" + piece + "': " + hint, start + 1, piece);
    }

    /** A reading failure carrying what {@link ParseError} needs. */
    static final class ParseException extends Exception {
        private final ParseError error;

        ParseException(String message, int column, String offending) {
            super(message, null, false, false);
            this.error = new ParseError(message, column, offending);
        }

        ParseError error() {
            return error;
        }
    }
}
