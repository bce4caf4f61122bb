package org.descentlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.optim.schedule.Schedule;

import org.junit.jupiter.api.Test;

/** A run's schedule in the run-spec grammar and in scenario files: read, refused with a reason, written back. */
class ScheduleSettingsTest {

    @Test
    void aSpecsScheduleReadsAndPrintsBackCanonically() {
        RunSettings r = RunGrammar.parse("adam lr=0.01 schedule=step(gamma=0.1,step_size=30) warmup=5 warmup_start=0.1");
        assertEquals("step(step_size=30)", r.schedule().text(), "gamma at its default is left out");
        assertEquals(5, r.schedule().warmup());
        assertEquals(0.1, r.schedule().warmupStart());
        assertEquals("adam lr=0.01 schedule=step(step_size=30) warmup=5 warmup_start=0.1", RunGrammar.print(r));
        assertEquals(r, RunGrammar.parse(RunGrammar.print(r)));
        for (String spec : List.of("gd lr=0.1 schedule=multistep(milestones=30;80,gamma=0.5)", "gd lr=0.1 warmup=3",
                "momentum lr=0.01 schedule=cyclic(max_lr=0.1,step_size_up=10,mode=exp_range,gamma=0.99)",
                "gd lr=0.1 schedule=onecycle(max_lr=1,anneal=linear,three_phase=true,cycle_momentum=false)",
                "adagrad lr=0.1 schedule=plateau(factor=0.5,mode=abs)",
                "rmsprop lr=0.01 schedule=fit_one_cycle(moms=0.9;0.8;0.9)", "gd lr=0.1 schedule=sigmoid(gamma=-0.1,stepsize=50)")) {
            assertEquals(spec, RunGrammar.print(RunGrammar.parse(spec)), spec);
        }
        assertEquals("gd lr=0.1", RunGrammar.print(RunGrammar.parse("gd lr=0.1 schedule=constant")), "constant is no schedule");
        assertEquals("gd lr=0.1 schedule=cosine", RunGrammar.print(RunGrammar.parse("gd lr=0.1 schedule=cosine()")));
    }

    @Test
    void aBadScheduleIsRefusedNamingIt() {
        assertRefused("run 'gd schedule=cosin': unknown schedule 'cosin'; did you mean cosine? ('descentlab schedules' lists them"
                + " all)", "gd schedule=cosin");
        assertRefused("run 'gd schedule=warm': unknown schedule 'warm' ('descentlab schedules' lists them all)", "gd schedule=warm");
        assertRefused("run 'gd schedule=step(step_size=3,gama=1)': step takes no parameter 'gama'; did you mean gamma? (its"
                + " parameters: step_size, gamma)", "gd schedule=step(step_size=3,gama=1)");
        assertRefused("run 'gd schedule=step': step needs step_size (a whole number >= 1)", "gd schedule=step");
        assertRefused("run 'gd schedule=cyclic(max_lr=1,mode=triangle)': cyclic: mode must be triangular, triangular2 or exp_range,"
                + " got 'triangle'", "gd schedule=cyclic(max_lr=1,mode=triangle)");
        assertRefused("run 'gd schedule=plateau(factor=1)': plateau: factor must be a number in [0, 1), got '1'",
                "gd schedule=plateau(factor=1)");
        assertRefused("run 'gd schedule=plateau warmup=3': warmup does not go with plateau: PyTorch's SequentialLR does not take"
                + " a scheduler stepped with the loss", "gd schedule=plateau warmup=3");
        assertRefused("run 'gd warmup_start=0.5': warmup_start needs warmup=N, the updates of the warm-up", "gd warmup_start=0.5");
        assertRefused("run 'gd warmup=2 warmup_start=0': warmup_start must be a number in (0, 1], got 0", "gd warmup=2 warmup_start=0");
        assertRefused("run 'adagrad schedule=onecycle(max_lr=1)': onecycle cycles momentum (cycle_momentum=true, PyTorch's default)"
                + " and adagrad has neither momentum nor beta1: PyTorch raises \"optimizer must support momentum or beta1 with"
                + " `cycle_momentum` option enabled\"; add cycle_momentum=false to the schedule", "adagrad schedule=onecycle(max_lr=1)");
        assertRefused("run 'gd schedule=step(step_size=2': schedule 'step(step_size=2' must be NAME or NAME(k=v,...): its bracket"
                + " is not closed", "gd schedule=step(step_size=2");
        assertRefused("run 'gd schedule=step(step_size=2, gamma=0.5)': schedule 'step(step_size=2, gamma=0.5)' has a space inside: a"
                + " bracketed group is one word, with no spaces: step(step_size=2,gamma=0.5)", "gd schedule=step(step_size=2, gamma=0.5)");
        assertRefused("run 'gd schedule=cosine(eta_min=0.1) t_max=5': t_max is a parameter of cosine: it goes inside its brackets, one"
                + " word, schedule=cosine(eta_min=0.1,t_max=5)", "gd schedule=cosine(eta_min=0.1) t_max=5");
    }

    @Test
    void aSchedulesNameAndParametersAreReadInAnyCase() {
        assertEquals(Schedule.parse("cosine(t_max=50,eta_min=0.01)"), Schedule.parse("COSINE(T_max=50,Eta_Min=0.01)"));
        assertEquals("gd lr=0.1 schedule=cosine(t_max=50)", RunGrammar.print(RunGrammar.parse("gd lr=0.1 schedule=Cosine(T_max=50)")));
    }

    private static void assertRefused(String message, String spec) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> RunGrammar.parse(spec)).getMessage());
    }

    @Test
    void theWindowsFieldTakesTheScheduleAndItsWarmup() {
        Schedule s = RunGrammar.schedule(" cosine(t_max=100)  warmup=10 ");
        assertEquals("cosine(t_max=100) warmup=10", RunGrammar.scheduleText(s));
        assertEquals(Schedule.NONE, RunGrammar.schedule(""));
        assertEquals("constant", RunGrammar.scheduleText(Schedule.NONE));
        assertEquals("warmup=4 warmup_start=0.5", RunGrammar.scheduleText(RunGrammar.schedule("warmup=4 warmup_start=0.5")));
        assertEquals("'speed=2' is not warmup=N or warmup_start=S",
                assertThrows(IllegalArgumentException.class, () -> RunGrammar.schedule("step(step_size=1) speed=2")).getMessage());
        assertEquals("step_size is a parameter of step: it goes inside its brackets, one word, schedule=step(step_size=1)",
                assertThrows(IllegalArgumentException.class, () -> RunGrammar.schedule("step step_size=1")).getMessage());
        assertEquals("schedule 'cosine(t_max=9, eta_min=0)' has a space inside: a bracketed group is one word, with no spaces:"
                + " cosine(t_max=9,eta_min=0)", assertThrows(IllegalArgumentException.class,
                        () -> RunGrammar.schedule("cosine(t_max=9, eta_min=0) warmup=2")).getMessage());
    }

    @Test
    void aScenarioFileKeepsTheScheduleWithEveryDefaultWrittenOut() throws Exception {
        Scenario s = Scenario.of("x^2 + y^2").withRuns(List.of(
                RunGrammar.parse("adam lr=0.01 schedule=cyclic(max_lr=0.1,step_size_up=4) warmup=2", RunGrammar.Base.DEFAULT, 0),
                RunGrammar.parse("gd lr=0.1", RunGrammar.Base.DEFAULT, 1)));
        String json = ScenarioJson.write(s);
        assertTrue(json.contains("\"schedule\": \"cyclic(max_lr=0.1,step_size_up=4,mode=triangular,gamma=1,cycle_momentum=true,"
                + "base_momentum=0.8,max_momentum=0.9)\",\n      \"warmup\": 2,\n      \"warmup_start\": 0.3333333333333333,"), json);
        assertEquals(1, json.split("\"schedule\"", -1).length - 1, "a run without a schedule writes none");
        ScenarioJson.Read read = ScenarioJson.read(json);
        assertEquals(List.of(), read.resets());
        assertEquals(s, read.scenario());
    }

    @Test
    void aScheduleThatDoesNotReadIsResetAndListed() throws Exception {
        ScenarioJson.Read read = ScenarioJson.read("""
                {"format": 1, "function": "x", "runs": [
                {"optimizer": "gd", "schedule": "step(step_size=0)"},
                {"optimizer": "adadelta", "schedule": "cyclic(max_lr=1)"},
                {"optimizer": "gd", "warmup": 3, "warmup_start": 2}]}""");
        assertEquals(List.of("line 2: runs[0].schedule: step: step_size must be a whole number >= 1, got '0'; reset to none",
                "line 3: runs[1].schedule: cyclic cycles momentum (cycle_momentum=true, PyTorch's default) and adadelta has neither"
                        + " momentum nor beta1: PyTorch raises \"optimizer must support momentum or beta1 with `cycle_momentum`"
                        + " option enabled\"; add cycle_momentum=false to the schedule; reset to none",
                "line 4: runs[2].schedule: warmup_start must be a number in (0, 1], got 2; reset to none"), read.resets());
        read.scenario().runs().forEach(r -> assertEquals(Schedule.NONE, r.schedule()));
        assertEquals("line 1: schedule must be a string, got 3", assertThrows(ScenarioException.class,
                () -> ScenarioJson.read("{\"format\": 1, \"function\": \"x\", \"runs\": [{\"optimizer\": \"gd\", \"schedule\": 3}]}"))
                .getMessage().replace("runs[0].", ""));
    }
}
