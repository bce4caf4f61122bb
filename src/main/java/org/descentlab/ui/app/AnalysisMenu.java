package org.descentlab.ui.app;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.analysis.AnalysisViewModel;
import org.descentlab.ui.base.Text;

/**
 * The Analysis menu: a switch for each thing drawn over the landscape besides the runs, the same
 * switches as the side panel's section (whose other settings stay there), each an undoable change; then the
 * learning-rate tools, which open in a window of their own.
 */
final class AnalysisMenu extends Menu {

    private final AnalysisViewModel vm;
    private boolean showing;

    /** @param rates opens the learning-rate window at a tool's tab */
    AnalysisMenu(AnalysisViewModel vm, Consumer<RateWindow.Tool> rates) {
        super(Text.get("menu.analysis"));
        this.vm = vm;
        setId("menu-analysis");
        getItems().addAll(
                item("menu.criticalPoints", Analysis::criticalPoints,
                        a -> a.withCriticalPoints(!a.criticalPoints())),
                item("menu.manyStarts", a -> a.starts() != Analysis.Starts.OFF,
                        a -> a.withStarts(a.starts() == Analysis.Starts.OFF ? Analysis.Starts.GRID : Analysis.Starts.OFF,
                                a.startCount())),
                item("menu.basins", Analysis::basins, a -> a.withBasins(!a.basins())),
                item("menu.gradientField", Analysis::gradientField,
                        a -> a.withGradientField(!a.gradientField())),
                item("menu.localGeometry", Analysis::localGeometry,
                        a -> a.withLocalGeometry(!a.localGeometry())),
                new SeparatorMenuItem(),
                tool("menu.rateSweep", RateWindow.Tool.SWEEP, rates),
                tool("menu.rateStability", RateWindow.Tool.STABILITY, rates),
                tool("menu.rateFinder", RateWindow.Tool.FINDER, rates));
    }

    /** A menu item's id from its key, in words joined by hyphens: menu.criticalPoints is menu-critical-points. */
    static String idOf(String key) {
        return key.replace('.', '-').replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** An item that opens the learning-rate window at a tool; its id is its key's. */
    private static MenuItem tool(String key, RateWindow.Tool tool, Consumer<RateWindow.Tool> rates) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setId(idOf(key));
        item.setOnAction(e -> rates.accept(tool));
        return item;
    }

    /** A switch; its id is its key's (see {@link #idOf}). */
    private CheckMenuItem item(String key, Predicate<Analysis> on, UnaryOperator<Analysis> flip) {
        CheckMenuItem item = new CheckMenuItem(Text.get(key));
        item.setId(idOf(key));
        Runnable show = () -> {
            showing = true;
            item.setSelected(on.test(vm.analysis()));
            showing = false;
        };
        vm.analysisProperty().addListener(o -> show.run());
        show.run();
        item.selectedProperty().addListener((o, was, now) -> {
            if (!showing && now != on.test(vm.analysis())) {
                vm.toggle(flip);
            }
        });
        return item;
    }
}
