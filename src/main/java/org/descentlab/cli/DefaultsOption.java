package org.descentlab.cli;

import org.descentlab.core.optim.Convention;

import picocli.CommandLine.Option;

/** {@code --defaults pytorch|keras}, shared by the commands that run optimizers. */
final class DefaultsOption {

    @Option(names = "--defaults", paramLabel = "pytorch|keras", defaultValue = "pytorch",
            description = "whose default hyper-parameters and update rules: pytorch or keras (default ${DEFAULT-VALUE})")
    String defaults;

    Convention convention() {
        return Convention.byId(defaults).orElseThrow(() -> new InputException(
                "--defaults must be pytorch or keras, got '" + defaults + "'"));
    }
}
