package org.descentlab.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line. Exit codes: 0 when the command did its work, 2 for usage or input errors
 * (one {@code error:} line on stderr), 1 for internal errors.
 */
@Command(name = "descentlab", mixinStandardHelpOptions = true, version = "DescentLab 0.1",
        description = "See gradient descent. With no arguments, opens the app.",
        subcommands = {CheckCommand.class, RunCommand.class, CompareCommand.class, RenderCommand.class,
            OptimizersCommand.class, PresetsCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, run, compare, render, optimizers or presets");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output going to the given writers (tests use this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().flush();
            return INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + e.getMessage());
                commandLine.getErr().flush();
                return INPUT_ERROR;
            }
            commandLine.getErr().println("error: internal error: " + e);
            commandLine.getErr().flush();
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
