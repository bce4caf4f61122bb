package org.descentlab.core.preset;

import org.descentlab.core.Validate;
import org.descentlab.core.scenario.Scenario;

/**
 * A landscape with a story: a scenario file in {@code sample-functions/}, with notes on what it teaches
 * and the minima it knows of.
 *
 * @param id       the file name without {@code .json}, used on the command line
 * @param scenario what it shows: function, view, start, suggested runs, known minima, title and notes
 */
public record Preset(String id, Scenario scenario) {

    public Preset {
        Validate.notNull("id", id);
        Validate.notNull("scenario", scenario);
    }

    /** The name shown in the picker: the scenario's title, or the id when it has none. */
    public String name() {
        return scenario.title().isBlank() ? id : scenario.title();
    }
}
