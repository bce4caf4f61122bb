package org.descentlab.core.lesson;

import java.util.List;

import org.descentlab.core.Validate;

/**
 * A hint a lesson reveals on request, and how its statement of fact is checked.
 *
 * @param text  what it says
 * @param check the runs that bear it out, or null for a hint that states no fact (advice on what to try)
 */
public record Hint(LocalText text, Check check) {

    /**
     * A statement checked by running: with {@code runs} in place of the lesson's first runs, {@code holds} is met.
     *
     * @param runs  run specs, as the command line's {@code --run}, for runs 1, 2, … in order
     * @param holds what the runs then do
     */
    public record Check(List<String> runs, Goal holds) {
        public Check {
            runs = List.copyOf(runs);
            Validate.notNull("holds", holds);
        }
    }

    public Hint {
        Validate.notNull("text", text);
    }
}
