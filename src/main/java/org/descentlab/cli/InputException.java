package org.descentlab.cli;

/** Bad input from the user: printed as {@code error: MESSAGE}, exit code 2. */
final class InputException extends RuntimeException {

    InputException(String message) {
        super(message, null, false, false);
    }
}
