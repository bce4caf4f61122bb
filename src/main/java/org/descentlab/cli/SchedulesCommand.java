package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.List;
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
        List<String> refusing = Schedules.all().stream().filter(ScheduleType::readsLoss).map(ScheduleType::name).toList();
        out.println("Warm-up before any but " + String.join(" and ", refusing) + " (stepped with the loss, which PyTorch's"
                + " SequentialLR does not take): warmup=N warmup_start=S (default 1/3), PyTorch's"
                + " SequentialLR([LinearLR(S, 1, N), schedule], milestones=[N]).");
        // every column as wide as its widest entry over the whole list, so that none runs into the next
        int[] widths = new int[3];
        for (ScheduleType type : Schedules.all()) {
            for (ScheduleParameter p : type.parameters()) {
                String[] row = columns(p);
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = Math.max(widths[c], row[c].length());
                }
            }
        }
        String format = "    %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
        for (ScheduleType type : Schedules.all()) {
            out.println(type.name() + "  " + type.source() + ": " + type.formula());
            for (ScheduleParameter p : type.parameters()) {
                String[] row = columns(p);
                out.printf(format, row[0], row[1], row[2], p.description());
            }
        }
        return Cli.OK;
    }

    /** A parameter's name, default and accepted values: the columns before its description. */
    private static String[] columns(ScheduleParameter p) {
        return new String[] {p.name(), "default " + p.defaultWords(), p.accepted()};
    }
}
