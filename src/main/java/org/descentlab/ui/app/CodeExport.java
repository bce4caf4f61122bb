package org.descentlab.ui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.MenuItem;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.export.Framework;
import org.descentlab.core.export.PythonExport;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Text;

/**
 * File ▸ Export ▸ As PyTorch code… and As Keras code…: the selected run as a Python script that walks the
 * same path in that framework. A run the framework cannot reproduce is refused in a dialog that says what
 * is missing or what to change.
 */
final class CodeExport {

    private final AppViewModel vm;
    private final ExportMenu exports;

    CodeExport(AppViewModel vm, ExportMenu exports) {
        this.vm = vm;
        this.exports = exports;
    }

    /** The two menu items, PyTorch then Keras. */
    List<MenuItem> items() {
        MenuItem pytorch = new MenuItem(Text.get("menu.exportPytorch"));
        pytorch.setId("menu-export-pytorch");
        pytorch.setOnAction(e -> export(Framework.PYTORCH));
        MenuItem keras = new MenuItem(Text.get("menu.exportKeras"));
        keras.setId("menu-export-keras");
        keras.setOnAction(e -> export(Framework.KERAS));
        return List.of(pytorch, keras);
    }

    /** Asks where, then writes the selected run's script; says why when there is none to write. */
    void export(Framework framework) {
        Optional<String> problem = problem(framework);
        if (problem.isPresent()) {
            exports.failed(problem.get());
            return;
        }
        Scenario s = vm.experiment().scenario();
        RunSettings run = s.selectedRun();
        exports.chooseFile("export.codeTitle", "export.codeFilter", ".py", run.type().name() + "-" + framework.id())
                .ifPresent(file -> write(framework, file));
    }

    /** Why the selected run cannot be exported to {@code framework}; empty when it can. */
    Optional<String> problem(Framework framework) {
        RunSettings run = vm.experiment().scenario().selectedRun();
        if (run == null) {
            return Optional.of(Text.get("export.codeNoRun"));
        }
        if (vm.experiment().isDataset()) {
            return Optional.of(Text.get("export.codeNotOnDataset"));
        }
        return PythonExport.refusal(run.config(vm.experiment().scenario()), framework)
                .map(why -> Text.format("export.codeRefused", framework.label(), why));
    }

    /** Writes the selected run's script to {@code file}, and says so; a failure is said in a dialog. */
    void write(Framework framework, Path file) {
        Scenario s = vm.experiment().scenario();
        RunSettings run = s.selectedRun();
        String source = Text.format("export.codeSource", vm.files().name(), s.selected() + 1);
        try {
            String script = PythonExport.script(new PythonExport.Request(framework, source, vm.experiment().function(),
                    RunGrammar.print(run), run.config(s)));
            AtomicFiles.write(file, script.getBytes(StandardCharsets.UTF_8));
            exports.written(file);
        } catch (IOException | IllegalArgumentException e) {
            exports.failed(e.getMessage());
        }
    }
}
