package org.descentlab.ui.app;

import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.descentlab.ui.analysis.AnalysisPane;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.ViewSettingsPane;
import org.descentlab.ui.runs.RunEditorView;
import org.descentlab.ui.runs.RunListView;
import org.descentlab.ui.runs.SharedSettingsPane;

/** The side panel: the run list, the selected run, what all runs share, the view, and the theme. */
final class SidePanel extends VBox {

    private final RunListView runList;
    private final RunEditorView editor;
    private final ToggleButton dark = new ToggleButton(Text.get("theme.dark"));

    SidePanel(AppViewModel vm) {
        getStyleClass().add(Styles.SIDE_PANEL);
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(300);
        setMinWidth(300);
        runList = new RunListView(vm.runs());
        dark.setId("dark-theme");
        dark.setTooltip(new Tooltip(Text.get("a11y.darkThemeTip")));
        editor = new RunEditorView(vm.editor(), vm.landscape().startProperty());
        getChildren().addAll(Forms.title(Text.get("side.runs")), runList, Forms.title(Text.get("side.selectedRun")),
                editor, Forms.title(Text.get("side.allRuns")),
                runList.ghostTrails(), new SharedSettingsPane(vm.editor(), vm.experiment().scenarioProperty()), Forms.title(Text.get("side.view")),
                new ViewSettingsPane(vm.landscape(), vm.landscape().viewProperty()), dark, Forms.title(Text.get("side.analysis")),
                new AnalysisPane(vm.analysis(), vm.criticalPoints(), vm.manyStarts(), vm.basins(), vm.localGeometry()));
    }

    RunListView runList() {
        return runList;
    }

    RunEditorView editor() {
        return editor;
    }

    ToggleButton darkToggle() {
        return dark;
    }
}
