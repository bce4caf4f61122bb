package org.descentlab.ui.app;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.analysis.BasinLayers;
import org.descentlab.ui.analysis.CriticalPointsTable;
import org.descentlab.ui.analysis.ManyStartsTable;
import org.descentlab.ui.analysis.ManyStartsViewModel;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.charts.LossChart;
import org.descentlab.ui.charts.ResultsTable;
import org.descentlab.ui.explain.EquationPanel;
import org.descentlab.ui.function.FunctionBar;
import org.descentlab.ui.landscape.FieldLayer;
import org.descentlab.ui.landscape.LandscapeGestures;
import org.descentlab.ui.landscape.LandscapeView;
import org.descentlab.ui.lesson.LessonPanel;
import org.descentlab.ui.landscape.RunPath;
import org.descentlab.ui.landscape.SmallMultiplesView;
import org.descentlab.ui.playback.PlaybackBar;
import org.descentlab.ui.runs.RunItem;

/**
 * The main window's nodes: the function bar on top, the landscape (or a grid of panes) in the middle,
 * the side panel on the right, playback, status, loss curves, results, critical points and the update
 * rule below. It binds them to the view-models and wires input to their commands; what happens lives
 * there.
 */
public final class MainWindow extends BorderPane {

    private final AppViewModel vm;
    private final FunctionBar functionBar;
    private final LandscapeView landscape = new LandscapeView();
    private final LossChart chart = new LossChart();
    private final SidePanel side;
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final SmallMultiplesView grid;
    private final StackPane center = new StackPane();
    private final ResultsTable results;
    private final CriticalPointsTable criticalTable;
    private final TabPane tabs = new TabPane();
    private final LandscapeGestures gestures;
    private final BasinLayers basins;
    private final FoldingPanel right;
    private final FoldingPanel left;
    private final DoubleProperty pathWidth = new SimpleDoubleProperty(this, "pathWidth", 1);
    private HBox lower;

    public MainWindow(AppViewModel vm, Region menuBar) {
        this.vm = vm;
        this.side = new SidePanel(vm);
        this.gestures = new LandscapeGestures(vm.landscape(), vm.editor(), vm.experiment()::scenario, vm.runs()::select,
                vm.playback()::rewind, vm.playback()::end);
        this.grid = new SmallMultiplesView(vm.landscape(), vm.playback().playheadProperty(), ink, this::wirePane);
        this.basins = new BasinLayers(vm.basins(), landscape, grid);
        this.results = new ResultsTable(vm.runs().items(), vm.runs().selectedProperty(), vm.runs()::select);
        this.criticalTable = new CriticalPointsTable(vm.criticalPoints());
        this.functionBar = new FunctionBar(vm.function(), FXCollections.observableArrayList(vm.presets().presets()),
                vm.presetProperty(), vm::applyPreset, vm.landscape().renderingProperty(), landscape::requestFocus);
        // the landscape takes the keys (Escape from the function field lands here), with a visible focus
        landscape.setFocusTraversable(true);
        grid.setFocusTraversable(true);
        landscape.setId("landscape");
        chart.setId("loss-chart");
        landscape.inkProperty().bind(ink);
        chart.inkProperty().bind(ink);
        side.editor().scheduleChart().inkProperty().bind(ink);
        setTop(new VBox(menuBar, functionBar));
        center.getChildren().setAll(landscape);
        setCenter(center);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinViewportWidth(300);
        scroll.setPrefViewportWidth(300);
        right = new FoldingPanel(scroll, Text.get("present.sideBar"), Text.get("present.sideBarTip"));
        setRight(right);
        ScrollPane lesson = new LessonPanel(vm.lessons()).scrolling();
        left = new FoldingPanel(lesson, Text.get("present.lessonBar"), Text.get("present.lessonBarTip"));
        left.visibleProperty().bind(lesson.visibleProperty());
        left.managedProperty().bind(lesson.visibleProperty());
        setLeft(left);
        setBottom(bottom());
        bindLandscape();
    }

    public AppViewModel viewModel() {
        return vm;
    }

    public LandscapeView landscape() {
        return landscape;
    }

    public LossChart chart() {
        return chart;
    }

    public SmallMultiplesView grid() {
        return grid;
    }

    public ResultsTable results() {
        return results;
    }

    public CriticalPointsTable criticalPoints() {
        return criticalTable;
    }

    public TabPane tabs() {
        return tabs;
    }

    FunctionBar functionBar() {
        return functionBar;
    }

    /** The colour of axes and text on every canvas, set to suit the theme. */
    ObjectProperty<Color> inkProperty() {
        return ink;
    }

    /**
     * Presentation mode on or off: side panels folded to slim bars, the tables and the update rule below
     * given to the landscape, paths twice as thick.
     */
    void present(boolean on) {
        right.fold(on);
        left.fold(on);
        lower.setVisible(!on);
        lower.setManaged(!on);
        pathWidth.set(on ? 2 : 1);
    }

    /** The side panel, folded in presentation mode. */
    FoldingPanel sidePanel() {
        return right;
    }

    /** The dark-theme switch, for the app to wire to the scene's style sheets. */
    ToggleButton darkToggle() {
        return side.darkToggle();
    }

    private VBox bottom() {
        ToggleGroup layouts = new ToggleGroup();
        ToggleButton overlay = new ToggleButton(Text.get("layout.overlay"));
        overlay.setId("layout-overlay");
        overlay.setTooltip(new Tooltip(Text.get("layout.overlayTip")));
        ToggleButton panes = new ToggleButton(Text.get("layout.grid"));
        panes.setId("layout-grid");
        panes.setTooltip(new Tooltip(Text.get("layout.gridTip")));
        overlay.setToggleGroup(layouts);
        panes.setToggleGroup(layouts);
        Runnable showLayout = () -> (vm.landscape().layoutProperty().get() == Layout.GRID ? panes : overlay).setSelected(true);
        showLayout.run();
        layouts.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                ((ToggleButton) was).setSelected(true);
            } else {
                vm.landscape().setLayout(now == panes ? Layout.GRID : Layout.OVERLAY);
            }
        });
        vm.landscape().layoutProperty().addListener(o -> showLayout.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        PlaybackBar playback = new PlaybackBar(vm.playback());
        overlay.setMinWidth(Region.USE_PREF_SIZE);
        panes.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(playback, Priority.SOMETIMES);
        HBox controls = new HBox(8, playback, spacer, new HBox(0, overlay, panes));
        controls.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add(Styles.STATUS);
        status.textProperty().bind(vm.runs().statusProperty());
        status.setMinWidth(0);
        status.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(status.getText()), status.textProperty()));
        Label notice = new Label();
        notice.setId("notice");
        Runnable noticeStyle = () -> {
            notice.getStyleClass().removeAll(Styles.NOTICE, Styles.CAPTION);
            notice.getStyleClass().add(vm.noticeWarnsProperty().get() ? Styles.NOTICE : Styles.CAPTION);
        };
        vm.noticeWarnsProperty().addListener(o -> noticeStyle.run());
        noticeStyle.run();
        notice.textProperty().bind(vm.noticeProperty());
        notice.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(vm.noticeDetailProperty().get()),
                vm.noticeDetailProperty()));
        notice.setMaxWidth(520);
        Label hover = new Label();
        hover.getStyleClass().add(Styles.CAPTION);
        hover.textProperty().bind(Bindings.createStringBinding(() -> {
            var cell = vm.basins().hoverProperty().get();
            String at = vm.landscape().hoverProperty().get();
            return cell == null || at.isEmpty() ? at : Text.format("basins.hoverLine", at, cell.text());
        }, vm.landscape().hoverProperty(), vm.basins().hoverProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusLine = new HBox(12, status, notice, gap, hover);
        // what is under the mouse is read while the mouse is on the plot, where no tooltip shows: the status
        // (whose tooltip has all of it) gives way first, up to four fifths of the line
        hover.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(hover.prefWidth(-1),
                statusLine.getWidth() * 0.8), hover.textProperty(), statusLine.widthProperty()));

        CheckBox logY = new CheckBox(Text.get("chart.logY"));
        logY.setTooltip(new Tooltip(Text.get("a11y.logYTip")));
        logY.selectedProperty().bindBidirectional(chart.logYProperty());
        ComboBox<LossChart.Quantity> quantity = Forms.combo(List.of(LossChart.Quantity.values()), LossChart.Quantity::label);
        quantity.valueProperty().bindBidirectional(chart.quantityProperty());
        quantity.setTooltip(new Tooltip(Text.get("a11y.quantityTip")));
        chart.playheadProperty().bind(vm.playback().playheadProperty());
        chart.setOnSeek(vm.playback()::seek);
        chart.setPrefHeight(150);
        Label legend = new Label(Text.get("chart.legend"));
        legend.getStyleClass().add(Styles.CAPTION);
        legend.setMinWidth(0);
        // cut short in a narrow window: all of it on hover
        legend.setTooltip(Forms.longTooltip(legend.getText()));
        Label plot = new Label(Text.get("chart.plot"));
        // the explanation gives way first when the window is narrow
        for (Region r : List.of(plot, quantity, logY)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox chartHeader = new HBox(12, plot, quantity, logY, legend);
        chartHeader.setAlignment(Pos.CENTER_LEFT);
        VBox chartBox = new VBox(4, chartHeader, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chartBox.setPadding(new Insets(4, 0, 0, 0));
        Tab curves = new Tab(Text.get("tab.curves"), chartBox);
        curves.setId("tab-curves");
        Tab table = new Tab(Text.get("tab.results"), results);
        table.setId("tab-results");
        Tab critical = new Tab(Text.get("critical.tab"), criticalTable);
        critical.setId("tab-critical-points");
        Tab starts = new Tab(Text.get("tab.starts"), new ManyStartsTable(vm.manyStarts()));
        starts.setId("tab-starts");
        tabs.getTabs().setAll(curves, table, critical, starts);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(210);
        // narrow windows: the table scrolls sideways inside its slot rather than push past it
        tabs.setMinWidth(200);
        results.setMinWidth(200);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        EquationPanel rule = new EquationPanel(vm.explanation());
        ScrollPane equation = new ScrollPane(rule);
        // wide rules scroll sideways rather than lose their numbers
        equation.setFitToWidth(false);
        rule.minWidthProperty().bind(equation.widthProperty().subtract(16));
        rule.wrapTextAt(equation.widthProperty());
        equation.setPrefWidth(430);
        equation.setMinWidth(340);
        equation.setPrefHeight(210);
        lower = new HBox(8, tabs, equation);
        VBox box = new VBox(6, controls, statusLine, lower);
        box.setPadding(new Insets(6, 10, 10, 10));
        return box;
    }

    private void bindLandscape() {
        landscape.domainProperty().bind(vm.landscape().shownProperty());
        landscape.landscapeProperty().bind(vm.landscape().landscapeProperty());
        landscape.playheadProperty().bind(vm.playback().playheadProperty());
        landscape.startProperty().bind(vm.landscape().startProperty());
        landscape.minimaProperty().bind(vm.landscape().minimaProperty());
        landscape.criticalPointsProperty().bind(vm.criticalPoints().pointsProperty());
        landscape.pickedPointProperty().bind(vm.criticalPoints().selectedProperty());
        grid.criticalPointsProperty().bind(vm.criticalPoints().pointsProperty());
        grid.pickedPointProperty().bind(vm.criticalPoints().selectedProperty());
        vm.runs().pathsProperty().addListener(o -> showRuns());
        vm.landscape().layoutProperty().addListener(o -> {
            showRuns();
            updatePlotSize();
        });
        vm.landscape().startProperty().addListener(o -> showRuns());
        vm.landscape().minimaProperty().addListener(o -> showRuns());
        vm.runs().selectedProperty().addListener(o -> showRuns());
        vm.manyStarts().resultProperty().addListener(o -> showRuns());
        landscape.widthProperty().addListener(o -> updatePlotSize());
        landscape.heightProperty().addListener(o -> updatePlotSize());
        landscape.pathWidthProperty().bind(pathWidth);
        gestures.install(landscape, -1);
        bindField(landscape, -1);
        showRuns();
    }

    /** A new pane of small multiples: the mouse on it, and its size tells the grid's. */
    private void wirePane(LandscapeView pane, int index) {
        gestures.install(pane, index);
        pane.pathWidthProperty().bind(pathWidth);
        basins.wire(pane, index);
        bindField(pane, index);
        pane.widthProperty().addListener(o -> updatePlotSize());
        pane.heightProperty().addListener(o -> updatePlotSize());
    }

    /**
     * The gradient field and −∇f at the mouse in every view; the local geometry in the one landscape, or in
     * the pane of the run it is of.
     */
    private void bindField(LandscapeView view, int only) {
        FieldLayer layer = view.field();
        layer.fieldProperty().bind(vm.gradientField().fieldProperty());
        layer.hoverArrowProperty().bind(vm.gradientField().hoverArrowProperty());
        var geometry = vm.localGeometry().geometryProperty();
        layer.geometryProperty().bind(only < 0 ? geometry : Bindings.createObjectBinding(
                () -> geometry.get() != null && geometry.get().run() == only ? geometry.get() : null, geometry));
    }

    /** One landscape or the grid in the centre; the keys go with them (G must not send them elsewhere). */
    private void show(Region view) {
        Node now = center.getChildren().get(0);
        if (now != view) {
            boolean keys = now.isFocused() || now instanceof Parent p && p.isFocusWithin();
            center.getChildren().setAll(view);
            if (keys) {
                view.requestFocus();
            }
        }
    }

    /** Paths, legend and loss curves of the shown runs; the grid of panes when it shows. */
    private void showRuns() {
        List<RunPath> shown = vm.runs().pathsProperty().get();
        landscape.paths().setAll(shown);
        RunItem selected = vm.runs().selectedProperty().get();
        landscape.selectedPathProperty().set(selected == null || !selected.settings().visible() ? -1
                : (int) vm.runs().items().stream().filter(i -> i.settings().visible() && i.index() < selected.index()).count());
        chart.runs().setAll(shown);
        if (vm.landscape().layoutProperty().get() == Layout.GRID) {
            List<SmallMultiplesView.Pane> panes = new ArrayList<>();
            vm.runs().items().stream().filter(item -> item.settings().visible())
                    .forEach(item -> panes.add(new SmallMultiplesView.Pane(item.index(), shown.get(panes.size()))));
            grid.show(panes, vm.landscape().startProperty().get(), vm.landscape().minimaProperty().get());
            // many starts are of the selected run: drawn in its pane
            for (int k = 0; k < panes.size(); k++) {
                boolean mine = selected != null && panes.get(k).index() == selected.index();
                grid.panes().get(k).manyStartsProperty().set(mine ? manyStarts() : null);
            }
            landscape.manyStartsProperty().set(null);
            show(grid);
        } else {
            landscape.manyStartsProperty().set(manyStarts());
            show(landscape);
        }
        basins.refresh();
    }

    private ManyStarts.Traced manyStarts() {
        ManyStartsViewModel.Result r = vm.manyStarts().resultProperty().get();
        return r == null ? null : r.traced();
    }

    /** The grid is rendered for the pane on screen: the landscape, or the first pane of the grid. */
    private void updatePlotSize() {
        LandscapeView active = vm.landscape().layoutProperty().get() == Layout.GRID && !grid.panes().isEmpty()
                ? grid.panes().get(0) : landscape;
        if (active.getWidth() > 0) {
            vm.landscape().setPlotSize(active.plotPixelWidth(), active.plotPixelHeight());
        }
    }
}
