package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "optimizers", mixinStandardHelpOptions = true,
        description = "Lists every optimizer with its parameters, defaults and what it does.")
final class OptimizersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Defaults: PyTorch's, and Keras's where they differ (--defaults keras, or defaults=keras in a run).");
        for (OptimizerType type : Optimizers.all()) {
            // one framework's optimizer keeps its rule and defaults under either convention
            String only = type.only().map(c -> c == Convention.KERAS ? "  (Keras only: its rule under either --defaults)"
                    : "  (PyTorch only: its rule under either --defaults)").orElse("");
            out.println(type.name() + "  " + type.description() + only);
            for (ParameterSpec p : type.parameters()) {
                String keras = type.defaultText(p, Convention.KERAS);
                String both = keras.equals(p.defaultText()) ? p.defaultText() : p.defaultText() + " (keras " + keras + ")";
                out.printf("    %-26s default %-20s %-22s %s%n", p.name(), both, p.accepted(), p.description());
            }
        }
        return Cli.OK;
    }
}
