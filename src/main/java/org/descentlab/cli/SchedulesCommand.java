package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.descentlab.core.optim.schedule.ScheduleParameter;
import org.descentlab.core.optim.schedule.ScheduleType;
import org.descentlab.core.optim.schedule.Schedules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "Lists every learning-rate schedule with its formula, parameters and defaults: schedule=NAME(k=v,...)"
                + " in a run spec. e is the scheduler's epoch: update t uses the rate at e = t - 1.")
final class SchedulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Warm-up before any: warmup=N warmup_start=S (default 1/3), PyTorch's"
                + " SequentialLR([LinearLR(S, 1, N), schedule], milestones=[N]).");
        for (ScheduleType type : Schedules.all()) {
            out.println(type.name() + "  " + type.source() + ": " + type.formula());
            for (ScheduleParameter p : type.parameters()) {
                out.printf("    %-18s default %-22s %-28s %s%n", p.name(), p.defaultWords(), p.accepted(), p.description());
            }
        }
        return Cli.OK;
    }
}
