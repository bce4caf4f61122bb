package org.descentlab.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Characters in what people type and paste: every kind of space reads as a space, control characters
 * in a message are shown as escapes, so that a message is one line and moves no terminal's cursor, and a
 * mistyped name finds the one meant.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether {@code c} is a space: Java's whitespace, any Unicode space separator (no-break ones such as
     * U+00A0 and U+202F included), a line or paragraph separator, or one of the invisible ones pasted text
     * carries (zero-width space U+200B, word joiner U+2060, byte-order mark U+FEFF).
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    /** {@code text} with every space ({@link #isSpace}) replaced by ' ', one for one, so columns stay. */
    public static String plainSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code text} without the spaces ({@link #isSpace}) at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * {@code text} with what would not show as itself escaped: control characters (C0, DEL, C1) as
     * {@code \n}, {@code \r}, {@code \t} or {@code \u001B}, and the invisible format characters (direction
     * overrides, zero-width ones) and line separators as {@code \u202E}. Everything else is kept.
     */
    public static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shownAsIs(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The candidate nearest {@code word} by {@link #editDistance}, ignoring case, when it is near enough to be a
     * typo of it: at most 1 edit for a word of up to 3 letters, 2 for a longer one; empty otherwise (and for
     * a word that is itself a candidate).
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = lower.length() <= 3 ? 1 : 2;
        return best != null && bestDistance > 0 && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance (Levenshtein with adjacent swaps). */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean shownAsIs(char c) {
        int type = Character.getType(c);
        return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
