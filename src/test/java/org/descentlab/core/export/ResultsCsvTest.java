package org.descentlab.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.run.Divergence;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;

import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    @Test
    void aRowPerRunInOrderWithEveryDigitAndTheStopInEnglish() {
        List<ResultsCsv.Row> rows = List.of(
                new ResultsCsv.Row("Adam lr 0.05", Convention.PYTORCH, new Stop(StopReason.CONVERGED, 412, "|grad f| <= 1.0E-6"),
                        new RunOutcome(StopReason.CONVERGED, 412, 1.2345678901234566E-13, 9.87654321E-7,
                                new RunOutcome.Minimum(1, 1, true), 3.0000000000000004E-7)),
                new ResultsCsv.Row("GD, fast", Convention.KERAS,
                        new Stop(StopReason.DIVERGED, 27, "f overflowed (Infinity)", Divergence.OVERSHOOT),
                        new RunOutcome(StopReason.DIVERGED, 27, Double.POSITIVE_INFINITY, Double.NaN, null, Double.NaN)),
                new ResultsCsv.Row("say \"hi\"", Convention.PYTORCH, new Stop(StopReason.MAX_STEPS, 1000, "1000 steps"),
                        new RunOutcome(StopReason.MAX_STEPS, 1000, -0.5, 0.25, new RunOutcome.Minimum(-2.805118, 3.131312, false),
                                0.001)));
        assertEquals("""
                run,name,defaults,stopped,cause,steps,final_f,final_grad_norm,minimum,minimum_x,minimum_y,distance,detail
                1,Adam lr 0.05,pytorch,converged,,412,1.2345678901234566E-13,9.87654321E-7,known,1.0,1.0,3.0000000000000004E-7,|grad f| <= 1.0E-6
                2,"GD, fast",keras,diverged,overshoot,27,Infinity,NaN,none,,,,f overflowed (Infinity)
                3,"say \"\"hi\"\"",pytorch,max-steps,,1000,-0.5,0.25,found,-2.805118,3.131312,0.001,1000 steps
                """, ResultsCsv.of(rows));
    }

    @Test
    void noRunsIsTheHeaderAlone() {
        assertEquals(ResultsCsv.HEADER + "\n", ResultsCsv.of(List.of()));
    }
}
