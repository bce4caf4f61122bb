package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.descentlab.core.export.Framework;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeExportTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();

    @Test
    void theSelectedRunIsWrittenAsTheFrameworksScriptAndTheStatusLineSaysWhere() throws IOException {
        AppViewModel vm = fakes.app("rosenbrock", dir);
        vm.experiment().update(s -> s.withSelected(2), Experiment.Change.TRANSIENT);
        CodeExport export = new CodeExport(vm, new ExportMenu(vm));
        assertEquals(Optional.empty(), export.problem(Framework.PYTORCH));
        Path file = dir.resolve("run.py");
        export.write(Framework.PYTORCH, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("# DescentLab 0.1: " + vm.files().name() + ", run 3, as PyTorch code (float64).", lines.get(0));
        assertEquals("# run: " + org.descentlab.core.scenario.RunGrammar.print(vm.experiment().scenario().selectedRun()),
                lines.get(2));
        assertEquals(Text.format("export.written", file.toAbsolutePath()), vm.noticeProperty().get());
    }

    @Test
    void aRunTheFrameworkCannotWalkIsRefusedNamingWhatItLacks() {
        AppViewModel vm = fakes.app("rosenbrock", dir);
        int newton = vm.experiment().scenario().runs().stream().map(r -> r.type().name()).toList().indexOf("newton");
        vm.experiment().update(s -> s.withSelected(newton), Experiment.Change.TRANSIENT);
        CodeExport export = new CodeExport(vm, new ExportMenu(vm));
        assertEquals(Optional.of("No Keras script for this run. Keras has no newton optimizer; select or export a run of another"
                + " optimizer"), export.problem(Framework.KERAS));
        vm.experiment().update(s -> s.withRuns(List.of()), Experiment.Change.STEP);
        assertEquals(Optional.of(Text.get("export.codeNoRun")), export.problem(Framework.PYTORCH));
        assertTrue(export.items().stream().allMatch(i -> i.getId().startsWith("menu-export-")));
    }
}
