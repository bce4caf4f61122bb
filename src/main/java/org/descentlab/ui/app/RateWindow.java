package org.descentlab.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.analysis.FinderPane;
import org.descentlab.ui.analysis.StabilityPane;
import org.descentlab.ui.analysis.SweepPane;
import org.descentlab.ui.base.Text;

/**
 * The learning-rate window, beside the main one: the sweep, the stability map and the finder of the selected run,
 * a tab each, in the main window's theme. A click in any of them changes the run in the main window.
 */
final class RateWindow {

    /** The tabs, in order. */
    enum Tool {
        SWEEP, STABILITY, FINDER
    }

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final SweepPane sweep;
    private final StabilityPane stability;
    private final FinderPane finder;

    RateWindow(Window owner, MainWindow main) {
        AppViewModel vm = main.viewModel();
        sweep = new SweepPane(vm.sweep(), main.inkProperty());
        stability = new StabilityPane(vm.stability(), main.inkProperty());
        finder = new FinderPane(vm.finder(), main.inkProperty());
        Tab a = new Tab(Text.get("rate.tabSweep"), sweep);
        a.setId("tab-sweep");
        Tab b = new Tab(Text.get("rate.tabStability"), stability);
        b.setId("tab-stability");
        Tab c = new Tab(Text.get("rate.tabFinder"), finder);
        c.setId("tab-finder");
        tabs.getTabs().setAll(a, b, c);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("rate-tabs");
        Scene scene = new Scene(tabs, 920, 640);
        // the main window's scene (made before its stage has it): its theme's sheets, as they change
        if (main.getScene() != null) {
            Bindings.bindContent(scene.getStylesheets(), main.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        AppIcon.install(stage);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        Runnable title = () -> {
            RunSettings r = vm.experiment().scenario().selectedRun();
            stage.setTitle(Text.format("rate.title", r == null ? Text.get("rate.noRunTitle") : vm.experiment().scenario().selected() + 1));
            stability.refresh(r == null ? null : r.type());
        };
        vm.experiment().scenarioProperty().addListener(o -> title.run());
        title.run();
    }

    /** Shows the window at {@code tool}'s tab, in front. */
    void show(Tool tool) {
        tabs.getSelectionModel().select(tool.ordinal());
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    SweepPane sweep() {
        return sweep;
    }

    StabilityPane stability() {
        return stability;
    }

    FinderPane finder() {
        return finder;
    }
}
