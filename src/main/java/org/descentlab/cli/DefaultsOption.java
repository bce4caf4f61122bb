package org.descentlab.cli;

import org.descentlab.core.optim.Convention;

import picocli.CommandLine.Option;

/** {@code --defaults pytorch|keras}, shared by the commands that run optimizers. */
final class DefaultsOption {

    @Option(names = "--defaults", paramLabel = "pytorch|keras",
            description = "whose default hyper-parameters and update rules: pytorch or keras (default pytorch)")
    String defaults;

    /** Whether the option was given. */
    boolean given() {
        return defaults != null;
    }

    Convention convention() {
        if (defaults == null) {
            return Convention.PYTORCH;
        }
        return Convention.byId(defaults).orElseThrow(() -> new InputException(
                "--defaults must be pytorch or keras, got '" + defaults + "'"));
    }
}
