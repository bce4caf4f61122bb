package org.descentlab.cli;

import static org.descentlab.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.descentlab.cli.CliTest.Result;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedule= on the command line: the same rows as before plus the scheduled rate, the errors, the note, the list. */
class ScheduleCliTest {

    @TempDir
    Path dir;

    @Test
    void runAndCompareTakeASchedulePrintingNothingNewOnStdout() {
        Result run = cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--lr", "0.25", "--steps", "2",
                "--schedule", "exponential(gamma=0.5)");
        // x ← x − lr·2x: 1·(1 − 0.5) then 0.5·(1 − 0.25)
        assertEquals(0, run.code());
        assertEquals("step,x,y,f,grad_x,grad_y", run.outLines().get(0));
        assertEquals(0.5, Double.parseDouble(run.outLines().get(2).split(",")[1]), 1e-9);
        assertEquals(0.375, Double.parseDouble(run.outLines().get(3).split(",")[1]), 1e-9);
        // the rate halved, not vanished; ∇f = 2·0.375
        assertEquals(List.of("stop: max-steps at step 2: still moving, |grad f| = 0.75"), run.errLines());
        Result compare = cli("compare", "--function", "x^2", "--start", "1,0", "--steps", "2",
                "--run", "gd lr=0.25 schedule=exponential(gamma=0.5)", "--full");
        assertEquals("run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr", compare.outLines().get(0));
        assertTrue(compare.outLines().get(3).endsWith(",0.125"), compare.out());
    }

    @Test
    void aScheduleThatCyclesMomentumSaysSoInANote() {
        Result r = cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--steps", "3", "--schedule",
                "onecycle(max_lr=0.1)");
        assertEquals(List.of("note: onecycle cycles momentum between base_momentum=0.85 and max_momentum=0.95 (cycle_momentum=true,"
                + " PyTorch's default), so plain descent runs as SGD with momentum; cycle_momentum=false turns it off (step 1)",
                r.errLines().get(1)), r.errLines());
        // the third update's rate is OneCycleLR's last, max_lr/div_factor/final_div_factor = 0.1/25/1e4
        assertTrue(r.errLines().get(1).startsWith("stop: max-steps at step 3: frozen, the learning rate fell to ~0 (4e-7, peak "),
                r.err());
    }

    @Test
    void anUnknownScheduleOrParameterIsExit2NamingIt() {
        assertEquals(new Result(2, "", "error: unknown schedule 'warm' ('descentlab schedules' lists them all)\n"),
                cli("run", "--function", "x", "--start", "0,0", "--optimizer", "gd", "--schedule", "warm"));
        assertEquals(new Result(2, "", "error: unknown schedule 'cosin'; did you mean cosine? ('descentlab schedules' lists them"
                + " all)\n"), cli("run", "--function", "x", "--start", "0,0", "--optimizer", "gd", "--schedule", "cosin(t_max=50)"));
        assertEquals(new Result(2, "", "error: run 'gd schedule=cosine(tmax=3)': cosine takes no parameter 'tmax'; did you mean"
                + " t_max? (its parameters: t_max, eta_min)\n"),
                cli("compare", "--function", "x", "--start", "0,0", "--run", "gd schedule=cosine(tmax=3)"));
        assertEquals(new Result(2, "", "error: run 'gd schedule=exponential(gamma=fast)': exponential: gamma must be a number >= 0,"
                + " got 'fast'\n"), cli("render", "--function", "x", "--domain", "0,1,0,1", "--out", dir.resolve("a.png").toString(),
                "--start", "0,0", "--run", "gd schedule=exponential(gamma=fast)"));
        assertEquals(new Result(2, "", "error: --warmup-start needs --warmup N\n"),
                cli("run", "--function", "x", "--start", "0,0", "--optimizer", "gd", "--warmup-start", "0.5"));
        assertEquals(new Result(2, "", "error: --lr, --param, --schedule and --warmup need --optimizer (a scenario's run has its own)\n"),
                cli("run", "--preset", "himmelblau", "--schedule", "cosine"));
    }

    @Test
    void exportWritesTheSchedulerOrRefusesWithExit2() throws Exception {
        Result torch = cli("export", "--format", "pytorch", "--function", "x^2", "--start", "1,0", "--run",
                "gd lr=0.1 schedule=plateau(patience=2)");
        assertTrue(torch.out().contains("scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode=\"min\", factor=0.1,"
                + " patience=2,"), torch.out());
        assertTrue(torch.out().contains("    scheduler.step(fx)"));
        assertEquals(new Result(2, "", "error: Keras has no schedule that is torch.optim.lr_scheduler.ReduceLROnPlateau (mode min):"
                + " export it to PyTorch\n"), cli("export", "--format", "keras", "--function", "x^2", "--start", "1,0", "--run",
                "gd lr=0.1 schedule=plateau(patience=2)"));
        Path scenario = dir.resolve("s.json");
        assertEquals(0, cli("render", "--function", "x^2+y^2", "--domain", "-1,1,-1,1", "--start", "1,1", "--out",
                dir.resolve("b.png").toString(), "--run", "adam lr=0.1 schedule=cosine(t_max=50) warmup=5", "--save-scenario",
                scenario.toString()).code());
        assertTrue(Files.readString(scenario).contains("\"schedule\": \"cosine(t_max=50,eta_min=0)\""));
        Result again = cli("run", "--scenario", scenario.toString(), "--steps", "1");
        assertEquals("note: scenario run: adam lr=0.1 schedule=cosine(t_max=50) warmup=5", again.errLines().get(0));
    }

    @Test
    void schedulesListsEveryScheduleWithItsFormulaAndParameters() {
        Result r = cli("schedules");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("cosine  torch.optim.lr_scheduler.CosineAnnealingLR: eta_min + "), r.out());
        assertTrue(r.out().contains("    t_max             default the run's step limit  a whole number >= 1 "), r.out());
        assertTrue(r.out().contains("fit_one_cycle  fastai Learner.fit_one_cycle"));
        assertTrue(r.out().startsWith("Warm-up before any but plateau and adaptive (stepped with the loss, which PyTorch's"
                + " SequentialLR does not take): warmup=N warmup_start=S (default 1/3)"), r.out());
        assertTrue(r.out().contains("    start_factor      default 1/3  "), r.out());
    }

    @Test
    void theParameterColumnsLineUpAndNoneRunsIntoTheNext() {
        // name, default, accepted and description, each column at one place for every parameter, two spaces at least apart
        int[] starts = null;
        for (String line : cli("schedules").outLines()) {
            if (!line.startsWith("    ")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=^ {4}|  )\\S").matcher(line);
            int[] found = m.results().mapToInt(java.util.regex.MatchResult::start).toArray();
            assertEquals(4, found.length, line);
            if (starts == null) {
                starts = found;
            }
            assertArrayEquals(starts, found, line);
        }
    }

    @Test
    void aRunItsScheduleEndedSaysWhereAndHowItStoodAsTheWindowDoes() {
        Result r = cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--steps", "1000", "--schedule",
                "onecycle(max_lr=0.1,total_steps=100,cycle_momentum=false)");
        // the last update ran at e = 100: 4e-7 + (0.1 − 4e-7)/2·(1 − cos(π/70)) = 5.07e-5, a 2000th of the peak 0.1
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("stop: max-steps at step 101: the schedule ends: Tried to"
                + " step 101 times. The specified number of total steps is 100; frozen, the learning rate fell to ~0 (5.07e-5, peak 0.1),"
                + " |grad f| = "), r.err());
    }

    @Test
    void aScheduleIsOneWordWhateverItsCaseAndSpacesAreRefusedWithTheWordMeant() {
        Result upper = cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--steps", "3", "--schedule",
                "Cosine(T_max=50)");
        assertEquals(0, upper.code(), upper.err());
        assertEquals(cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--steps", "3", "--schedule",
                "cosine(t_max=50)").out(), upper.out());
        assertEquals(new Result(2, "", "error: schedule 'cosine(t_max=50, eta_min=0)' has a space inside: a bracketed group is one"
                + " word, with no spaces: cosine(t_max=50,eta_min=0)\n"),
                cli("run", "--function", "x", "--start", "0,0", "--optimizer", "gd", "--schedule", "cosine(t_max=50, eta_min=0)"));
        assertEquals(new Result(2, "", "error: schedule 'cosine t_max=50' has spaces: a schedule is one word, its parameters in"
                + " brackets: cosine(t_max=50)\n"),
                cli("run", "--function", "x", "--start", "0,0", "--optimizer", "gd", "--schedule", "cosine t_max=50"));
        assertEquals(new Result(2, "", "error: run 'gd schedule=cosine t_max=50': t_max is a parameter of cosine: it goes inside its"
                + " brackets, one word, schedule=cosine(t_max=50)\n"),
                cli("compare", "--function", "x", "--start", "0,0", "--run", "gd schedule=cosine t_max=50"));
    }

    @Test
    void aBlankScheduleIsConstantAndTextAfterTheBracketIsNamed() {
        Result blank = cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--steps", "3", "--schedule", " ");
        assertEquals(cli("run", "--function", "x^2", "--start", "1,0", "--optimizer", "gd", "--steps", "3").out(), blank.out(),
                blank.err());
        assertEquals(new Result(2, "", "error: schedule 'step(step_size=10)(x)' has '(x)' after its closing bracket: a schedule is"
                + " NAME(k=v,...), and that is no part of it\n"),
                cli("run", "--function", "x", "--start", "0,0", "--optimizer", "gd", "--schedule", "step(step_size=10)(x)"));
        Result devNull = cli("stability", "--function", "x^2 + y^2", "--run", "gd start=1,1", "--x", "lr:0.1:1:2", "--y",
                "weight_decay:0:1:2", "--out", "/tmp/never-f13d.png", "--csv", "/dev/null");
        assertEquals(new Result(2, "", "error: cannot write /dev/null (--csv): it is not a plain file (a device, a pipe or a socket);"
                + " give the path of a file; without --csv the CSV goes to standard output, which a shell can send there (> /dev/null)\n"),
                devNull);
    }
}
