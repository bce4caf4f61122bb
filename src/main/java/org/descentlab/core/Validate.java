package org.descentlab.core;

/**
 * Preconditions used across {@code core}. Every failure is an {@link IllegalArgumentException} whose
 * message names the value and says what was given, so it can be shown to a user as it is.
 */
public final class Validate {

    private Validate() {
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + NumberText.exact(value));
        }
        return value;
    }

    public static double atLeast(String name, double value, double min) {
        finite(name, value);
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + NumberText.exact(min) + ", got "
                    + NumberText.exact(value));
        }
        return value;
    }

    public static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + NumberText.exact(value));
        }
        return value;
    }

    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
