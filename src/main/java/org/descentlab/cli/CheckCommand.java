package org.descentlab.cli;

import java.util.concurrent.Callable;

import org.descentlab.core.Texts;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.expr.ParseWarning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks that a function reads. Prints ok, then any warnings (lines starting 'warning:').",
            "A bad function prints 'error: MESSAGE (column N)' on stderr and exits with 2."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--function", required = true, paramLabel = "EXPR", description = "f(x, y), e.g. \"x^2 + 3*y^2\"")
    String function;

    @Override
    public Integer call() {
        ParseResult result = Expressions.parse(function);
        if (result instanceof ParseResult.Failure failure) {
            throw new InputException(failure.error().describe());
        }
        spec.commandLine().getOut().println("ok");
        for (ParseWarning w : result.warnings()) {
            spec.commandLine().getOut().println("warning: " + Texts.escapeControls(w.message()));
        }
        return Cli.OK;
    }
}
