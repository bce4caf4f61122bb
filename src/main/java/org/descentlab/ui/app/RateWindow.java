package org.descentlab.ui.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.analysis.FinderPane;
import org.descentlab.ui.analysis.StabilityPane;
import org.descentlab.ui.analysis.SweepPane;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.runs.RunLabels;

/**
 * The learning-rate window, beside the main one: the sweep, the stability map and the finder of the selected run,
 * a tab each, in the main window's theme, titled with the run's name as the run list shows it. It opens at the
 * screen's right edge, at most 60% of its width, so that the landscape stays in sight; Escape closes it. A click in
 * any of the tools changes the run in the main window.
 */
final class RateWindow {

    /** The tabs, in order. */
    enum Tool {
        SWEEP, STABILITY, FINDER
    }

    /** The window's size where the screen has room; at most {@link #SHARE} of the screen's width otherwise. */
    static final double WIDTH = 920;
    static final double HEIGHT = 640;
    static final double SHARE = 0.6;
    private static final double MIN_WIDTH = 560;
    private static final double MIN_HEIGHT = 420;

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
        Rectangle2D screen = screen(owner);
        Scene scene = new Scene(tabs, Math.min(WIDTH, screen.getWidth() * SHARE), Math.min(HEIGHT, screen.getHeight() * 0.75));
        // the main window's scene (made before its stage has it): its theme's sheets, as they change
        if (main.getScene() != null) {
            Bindings.bindContent(scene.getStylesheets(), main.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        AppIcon.install(stage);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // at the screen's right edge, so that the landscape on the left stays in sight
        stage.setX(screen.getMaxX() - scene.getWidth());
        stage.setY(screen.getMinY() + (screen.getHeight() - scene.getHeight()) / 2);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        Runnable title = () -> {
            RunSettings r = vm.experiment().scenario().selectedRun();
            stage.setTitle(Text.format("rate.title", r == null ? Text.get("rate.noRunTitle") : RunLabels.label(r)));
            stability.refresh(r == null ? null : r.type());
        };
        vm.experiment().scenarioProperty().addListener(o -> title.run());
        title.run();
    }

    /** The screen the main window is on, its part that windows may use. */
    private static Rectangle2D screen(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            var on = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!on.isEmpty()) {
                return on.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
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
