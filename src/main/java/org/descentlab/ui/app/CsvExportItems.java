package org.descentlab.ui.app;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.descentlab.ui.base.Text;

/**
 * File ▸ Export's numbers: Steps as CSV… and Results as CSV…, and while a large export is written, a small
 * window with its progress and Cancel.
 */
final class CsvExportItems {

    private final AppViewModel app;
    private final CsvExportViewModel vm;
    private final ExportMenu exports;
    private final Window owner;
    private Alert working;

    CsvExportItems(AppViewModel app, ExportMenu exports, Window owner) {
        this.app = app;
        this.vm = app.csvExport();
        this.exports = exports;
        this.owner = owner;
        vm.runningProperty().addListener((o, was, now) -> showProgress(now && vm.largeProperty().get()));
    }

    /** Adds the section to {@code menu}, after a separator from what is there. */
    void addTo(Menu menu) {
        MenuItem steps = new MenuItem(Text.get("export.stepsCsv"));
        steps.setId("export-steps-csv");
        steps.setOnAction(e -> exports.chooseFile("export.stepsTitle", "export.csvFilter", ".csv", Text.get("export.stepsFile"))
                .ifPresent(f -> vm.writeSteps(f, exports::written, exports::failed)));
        MenuItem results = new MenuItem(Text.get("export.resultsCsv"));
        results.setId("export-results-csv");
        results.setOnAction(e -> exports.chooseFile("export.resultsTitle", "export.csvFilter", ".csv",
                Text.get("export.resultsFile")).ifPresent(f -> vm.writeResults(f, exports::written, exports::failed)));
        for (MenuItem item : new MenuItem[] {steps, results}) {
            item.disableProperty().bind(vm.runningProperty());
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(steps, results);
    }

    private void showProgress(boolean show) {
        if (!show) {
            Optional.ofNullable(working).ifPresent(Alert::close);
            working = null;
            return;
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(360);
        bar.progressProperty().bind(vm.progressProperty());
        Label what = new Label(Text.format("export.csvProgress", vm.targetProperty().get().getFileName()));
        what.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.NONE);
        alert.setTitle(Text.get("export.csvProgressTitle"));
        alert.getDialogPane().setContent(new VBox(8, what, bar));
        ButtonType cancel = new ButtonType(Text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(cancel);
        alert.getDialogPane().lookupButton(cancel).setId("export-cancel");
        alert.initModality(Modality.NONE);
        alert.initOwner(owner);
        alert.setOnHidden(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
                app.inform(Text.get("export.csvCancelled"));
            }
        });
        working = alert;
        alert.show();
    }
}
