package org.descentlab.core.expr;

import java.util.List;

import org.descentlab.core.Validate;

/** The outcome of reading typed text: a compiled function or an error, never an exception. */
public sealed interface ParseResult {

    /** Warnings that apply; an error result has none. */
    List<ParseWarning> warnings();

    /** A function that was read; {@code warnings} say where the reading may surprise. */
    record Success(CompiledFunction function, List<ParseWarning> warnings) implements ParseResult {
        public Success {
            Validate.notNull("function", function);
            warnings = List.copyOf(warnings);
        }
    }

    /** Text that could not be read. */
    record Failure(ParseError error) implements ParseResult {
        public Failure {
            Validate.notNull("error", error);
        }

        @Override
        public List<ParseWarning> warnings() {
            return List.of();
        }
    }
}
