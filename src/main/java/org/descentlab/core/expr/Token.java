package org.descentlab.core.expr;

/**
 * One token of typed text, with where it stands.
 *
 * @param kind   what it is
 * @param text   the characters it was read from
 * @param column 1-based column of its first character in the text as typed
 */
record Token(Kind kind, String text, int column) {

    enum Kind { NUMBER, VARIABLE, CONSTANT, FUNCTION, OPERATOR, OPEN, CLOSE, COMMA }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isOperand() {
        return kind == Kind.NUMBER || kind == Kind.VARIABLE || kind == Kind.CONSTANT;
    }

    char symbol() {
        return text.charAt(0);
    }

    int endColumn() {
        return column + text.length();
    }
}
