package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.descentlab.core.Texts;
import org.descentlab.core.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line. Exit codes: 0 when the command did its work, 2 for usage or input errors
 * (one {@code error:} line on stderr), 1 for internal errors.
 */
@Command(name = "descentlab", mixinStandardHelpOptions = true, version = Version.NAME,
        description = "See gradient descent. With no arguments, opens the app.",
        subcommands = {CheckCommand.class, RunCommand.class, CompareCommand.class, RenderCommand.class, GifCommand.class, CriticalCommand.class, MultistartCommand.class, BasinsCommand.class, SweepCommand.class, StabilityCommand.class, LrFindCommand.class, ExportCommand.class,
            OptimizersCommand.class, SchedulesCommand.class, PresetsCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, run, compare, render, gif, optimizers or presets");
    }

    public static int run(String... args) {
        return run(StandardOutput.system(), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs a command with its output going to the given writers (tests use this). Whatever goes wrong ends
     * in one {@code error:} line, never a stack trace.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Cli());
        LrFindCommand.dropUnused(cli.getSubcommands().get("lrfind").getCommandSpec());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> fail(e.getCommandLine().getErr(), new InputException(e.getMessage())));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(commandLine.getErr(), e));
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands on what is not an Exception: an OutOfMemoryError above all
            code = fail(err, e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the one {@code error:} line for what a command threw, control characters escaped; its exit code. */
    static int fail(PrintWriter err, Throwable e) {
        int code = INTERNAL_ERROR;
        String message;
        if (e instanceof InputException || e instanceof IllegalArgumentException) {
            code = INPUT_ERROR;
            message = e.getMessage();
        } else if (e instanceof OutOfMemoryError) {
            message = "out of memory (" + e.getMessage() + "): ask for less, or give Java more memory, e.g. java -Xmx4g -jar"
                    + " descentlab.jar ...";
        } else if (e instanceof UncheckedIOException io) {
            message = io.getCause().getMessage();
        } else if (e instanceof IOException) {
            message = e.getMessage();
        } else {
            message = "internal error: " + e;
        }
        err.println("error: " + Texts.escapeControls(String.valueOf(message)));
        err.flush();
        return code;
    }
}
