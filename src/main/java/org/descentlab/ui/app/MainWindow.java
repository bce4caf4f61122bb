package org.descentlab.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.descentlab.core.expr.ParseError;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.run.Trajectory;

/** The main window's nodes and bindings; what they do lives in {@link MainViewModel}. */
public final class MainView extends BorderPane {

    /** Pixels within which a press on the start marker drags it. */
    private static final double GRAB_RADIUS = 10;

    private final MainViewModel vm;
    private final TextField functionField = new TextField();
    private final ComboBox<Preset> presets = new ComboBox<>();
    private final LandscapeView landscape = new LandscapeView();
    private final LossChart chart = new LossChart();
    private final SidePanel side;
    private final Button play = new Button("▶ Play");
    private final Label counter = new Label();
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final SmallMultiplesView grid;
    private final StackPane center = new StackPane();
    private final ResultsTable results;
    private final TabPane tabs = new TabPane();
    /** The run whose own start is being dragged; null for the shared start. */
    private RunViewModel dragTarget;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean draggingStart;
    private boolean moved;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.side = new SidePanel(vm);
        this.grid = new SmallMultiplesView(vm, ink, (pane, run) -> wireMouse(pane));
        this.results = new ResultsTable(vm);
        functionField.setId("function");
        landscape.setId("landscape");
        play.setId("play");
        chart.setId("loss-chart");
        landscape.inkProperty().bind(ink);
        chart.inkProperty().bind(ink);
        setTop(editor());
        center.getChildren().setAll(landscape);
        setCenter(center);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinViewportWidth(300);
        scroll.setPrefViewportWidth(300);
        setRight(scroll);
        setBottom(bottom());
        bindLandscape();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public LandscapeView landscape() {
        return landscape;
    }

    SidePanel side() {
        return side;
    }

    public LossChart chart() {
        return chart;
    }

    ResultsTable results() {
        return results;
    }

    SmallMultiplesView grid() {
        return grid;
    }

    TabPane tabs() {
        return tabs;
    }

    /** The colour of axes and text on every canvas, set to suit the theme. */
    ObjectProperty<Color> inkProperty() {
        return ink;
    }

    private VBox editor() {
        presets.getItems().setAll(vm.presets().presets());
        presets.setPromptText("Presets");
        presets.setCellFactory(list -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        presets.setOnAction(e -> {
            Preset p = presets.getValue();
            if (p != null && p != vm.presetProperty().get()) {
                vm.applyPreset(p);
            }
        });
        vm.presetProperty().addListener((o, was, now) -> presets.setValue(now));
        presets.setValue(vm.presetProperty().get());

        functionField.getStyleClass().add(Styles.FUNCTION_FIELD);
        functionField.setPromptText("f(x, y), e.g. (1-x)^2 + 100*(y-x^2)^2");
        functionField.setText(vm.functionTextProperty().get());
        functionField.textProperty().addListener((o, was, now) -> {
            if (!now.equals(vm.functionTextProperty().get())) {
                vm.setFunctionText(now);
            }
        });
        vm.functionTextProperty().addListener((o, was, now) -> {
            if (!now.equals(functionField.getText())) {
                functionField.setText(now);
            }
        });
        HBox.setHgrow(functionField, Priority.ALWAYS);
        Label f = new Label("f(x, y) =");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.renderingProperty());
        HBox row = new HBox(8, presets, f, functionField, busy);
        row.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("function-error");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.functionErrorProperty().get()),
                vm.functionErrorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        vm.functionErrorProperty().addListener((o, was, now) -> markColumn(now));
        Label warnings = new Label();
        warnings.setId("function-warnings");
        warnings.getStyleClass().add(Styles.WARNING_TEXT);
        warnings.setWrapText(true);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.warnings()), vm.warnings()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty().and(vm.functionErrorProperty().isNull()));
        Label notes = new Label();
        notes.setWrapText(true);
        notes.getStyleClass().add(Styles.CAPTION);
        notes.textProperty().bind(Bindings.createStringBinding(() -> {
            Preset p = vm.presetProperty().get();
            return p != null && p.expression().equals(vm.functionTextProperty().get()) ? p.notes() : "";
        }, vm.presetProperty(), vm.functionTextProperty()));
        // error and warnings share one slot that keeps its height: typing never moves the picture
        javafx.scene.layout.StackPane messages = new javafx.scene.layout.StackPane(notes, warnings, error);
        messages.setAlignment(Pos.TOP_LEFT);
        messages.setMinHeight(36);
        notes.visibleProperty().bind(error.visibleProperty().not().and(warnings.visibleProperty().not()));
        VBox box = new VBox(4, row, messages);
        box.setPadding(new Insets(10, 10, 6, 10));
        return box;
    }

    /** "error text — column N", with the offending text selected in the field. */
    private static String describe(ParseError e) {
        if (e == null) {
            return "";
        }
        return e.hasColumn() ? e.message() + "  (column " + e.column() + ")" : e.message();
    }

    private void markColumn(ParseError e) {
        if (e != null && e.hasColumn() && functionField.isFocused()) {
            int from = Math.min(e.column() - 1, functionField.getLength());
            int to = Math.min(from + Math.max(1, e.offendingText().length()), functionField.getLength());
            int caret = functionField.getCaretPosition();
            functionField.selectRange(from, to);
            functionField.positionCaret(caret);
        }
    }

    private VBox bottom() {
        Button rewind = new Button("|◀");
        rewind.setTooltip(new Tooltip("Back to the start (Home)"));
        rewind.setOnAction(e -> vm.rewind());
        Button back = new Button("◀");
        back.setTooltip(new Tooltip("One step back (Left)"));
        back.setOnAction(e -> vm.stepBack());
        Button forward = new Button("▶|");
        forward.setTooltip(new Tooltip("One step forward (Right)"));
        forward.setOnAction(e -> vm.stepForward());
        play.setTooltip(new Tooltip("Play or pause every run (Space)"));
        play.setOnAction(e -> vm.togglePlay());
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("⏸ Pause").otherwise("▶ Play"));
        play.setPrefWidth(90);
        Slider speed = new Slider(0, 3, Math.log10(vm.speedProperty().get()));
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((o, was, now) -> vm.speedProperty().set(Math.pow(10, now.doubleValue())));
        Label speedText = new Label();
        speedText.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(vm.speedProperty().get()) + " steps/s", vm.speedProperty()));
        speedText.setMinWidth(90);
        counter.setId("counter");
        counter.textProperty().bind(Bindings.createStringBinding(this::counterText, vm.playheadProperty(),
                vm.trajectoryProperty(), vm.lastStepProperty()));
        ToggleGroup layouts = new ToggleGroup();
        ToggleButton overlay = new ToggleButton("Overlay");
        overlay.setId("layout-overlay");
        overlay.setTooltip(new Tooltip("Every run on one landscape (G toggles)"));
        ToggleButton panes = new ToggleButton("Grid");
        panes.setId("layout-grid");
        panes.setTooltip(new Tooltip("One pane per run, views and playhead kept in step (G toggles)"));
        overlay.setToggleGroup(layouts);
        panes.setToggleGroup(layouts);
        overlay.setSelected(vm.layoutProperty().get() == MainViewModel.Layout.OVERLAY);
        panes.setSelected(!overlay.isSelected());
        layouts.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                ((ToggleButton) was).setSelected(true);
            } else {
                vm.layoutProperty().set(now == panes ? MainViewModel.Layout.GRID : MainViewModel.Layout.OVERLAY);
            }
        });
        vm.layoutProperty().addListener((o, was, now) -> (now == MainViewModel.Layout.GRID ? panes : overlay).setSelected(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, rewind, back, play, forward, new Label("speed"), speed, speedText, counter, spacer,
                new HBox(0, overlay, panes));
        controls.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add(Styles.STATUS);
        status.textProperty().bind(vm.statusProperty());
        Label hover = new Label();
        hover.getStyleClass().add(Styles.CAPTION);
        hover.textProperty().bind(vm.hoverProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusLine = new HBox(12, status, gap, hover);

        CheckBox logY = new CheckBox("log y");
        logY.selectedProperty().bindBidirectional(chart.logYProperty());
        ComboBox<LossChart.Quantity> quantity = new ComboBox<>();
        quantity.getItems().setAll(LossChart.Quantity.values());
        quantity.valueProperty().bindBidirectional(chart.quantityProperty());
        chart.playheadProperty().bindBidirectional(vm.playheadProperty());
        chart.setPrefHeight(150);
        Label legend = new Label("every shown run, in its colour and line, against the step; click to move the playhead");
        legend.getStyleClass().add(Styles.CAPTION);
        HBox chartHeader = new HBox(12, new Label("plot"), quantity, logY, legend);
        chartHeader.setAlignment(Pos.CENTER_LEFT);
        VBox chartBox = new VBox(4, chartHeader, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chartBox.setPadding(new Insets(4, 0, 0, 0));
        Tab curves = new Tab("Loss curves", chartBox);
        curves.setId("tab-curves");
        Tab table = new Tab("Results", results);
        table.setId("tab-results");
        tabs.getTabs().setAll(curves, table);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(210);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        EquationPanel equation = new EquationPanel(vm);
        ScrollPane equationScroll = new ScrollPane(equation);
        equationScroll.setFitToWidth(true);
        equationScroll.setPrefWidth(430);
        equationScroll.setMinWidth(340);
        equationScroll.setPrefHeight(210);
        HBox lower = new HBox(8, tabs, equationScroll);
        VBox box = new VBox(6, controls, statusLine, lower);
        box.setPadding(new Insets(6, 10, 10, 10));
        return box;
    }

    /** The shared step, and f and ‖∇f‖ of the selected run there (at its end, if it ended earlier). */
    private String counterText() {
        Trajectory t = vm.trajectoryProperty().get();
        if (t == null) {
            return "";
        }
        int k = Math.min(vm.playheadProperty().get(), t.lastStep());
        return "step " + vm.playheadProperty().get() + " of " + vm.lastStepProperty().get() + "   f = "
                + Ticks.label(t.f(k)) + "   ‖∇f‖ = " + Ticks.label(t.gradNorm(k));
    }

    private void bindLandscape() {
        landscape.domainProperty().bind(vm.domainProperty());
        landscape.landscapeProperty().bind(vm.landscapeProperty());
        landscape.playheadProperty().bind(vm.playheadProperty());
        landscape.startProperty().bind(vm.startProperty());
        vm.pathsRevisionProperty().addListener(o -> showRuns());
        vm.runs().addListener((javafx.collections.ListChangeListener<RunViewModel>) c -> showRuns());
        vm.startProperty().addListener(o -> showRuns());
        vm.layoutProperty().addListener(o -> showRuns());
        Runnable minima = () -> landscape.minimaProperty().set(vm.minima());
        vm.presetProperty().addListener(o -> minima.run());
        vm.functionTextProperty().addListener(o -> minima.run());
        minima.run();
        landscape.widthProperty().addListener(o -> updateResolution());
        landscape.heightProperty().addListener(o -> updateResolution());
        wireMouse(landscape);
        showRuns();
    }

    /** Paths, legend and loss curves of the visible runs; the grid of panes when it shows. */
    private void showRuns() {
        List<RunViewModel> shown = vm.runs().stream()
                .filter(r -> r.visibleProperty().get() && r.trajectoryProperty().get() != null).toList();
        List<PathLayer> layers = shown.stream().map(PathLayer::of).toList();
        landscape.paths().setAll(layers);
        chart.runs().setAll(layers);
        boolean gridShown = vm.layoutProperty().get() == MainViewModel.Layout.GRID;
        if (gridShown) {
            grid.show(shown);
            if (center.getChildren().get(0) != grid) {
                center.getChildren().setAll(grid);
            }
        } else if (center.getChildren().get(0) != landscape) {
            center.getChildren().setAll(landscape);
        }
    }

    private void wireMouse(LandscapeView view) {
        var plot = view.plotArea();
        plot.setOnMousePressed(e -> pressed(view, e));
        plot.setOnMouseDragged(e -> dragged(view, e));
        plot.setOnMouseReleased(e -> released(view, e));
        plot.setOnMouseMoved(e -> vm.hover(view.planeX(e.getX()), view.planeY(e.getY())));
        plot.setOnScroll(e -> scrolled(view, e));
    }

    private void updateResolution() {
        int[] now = {landscape.plotPixelWidth(), landscape.plotPixelHeight()};
        int[] was = vm.resolutionProperty().get();
        if (was == null || was[0] != now[0] || was[1] != now[1]) {
            vm.resolutionProperty().set(now);
        }
    }

    private void pressed(LandscapeView view, MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        draggingStart = false;
        // the nearest start marker under the mouse: a run's own start, or the shared start
        double best = GRAB_RADIUS;
        RunViewModel only = SmallMultiplesView.runOf(view);
        for (RunViewModel r : vm.runs()) {
            double[] s = r.ownStartProperty().get();
            if (s != null && r.visibleProperty().get() && (only == null || only == r || view == landscape)) {
                double d = Math.hypot(view.pixelX(s[0]) - e.getX(), view.pixelY(s[1]) - e.getY());
                if (d <= best) {
                    best = d;
                    draggingStart = true;
                    dragTarget = r;
                }
            }
        }
        double[] s = vm.startProperty().get();
        if (s != null && Math.hypot(view.pixelX(s[0]) - e.getX(), view.pixelY(s[1]) - e.getY()) < best) {
            draggingStart = true;
            dragTarget = null;
        }
        if (view != landscape && only != null && vm.selectedRunProperty().get() != only) {
            vm.selectedRunProperty().set(only);
        }
    }

    private void dragged(LandscapeView view, MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
            moved = true;
        }
        if (draggingStart) {
            vm.dragStart(dragTarget, view.planeX(e.getX()), view.planeY(e.getY()));
        } else if (moved) {
            double dx = view.planeX(lastX) - view.planeX(e.getX());
            double dy = view.planeY(lastY) - view.planeY(e.getY());
            vm.pan(dx, dy);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(LandscapeView view, MouseEvent e) {
        if (!moved && !draggingStart) {
            vm.setStart(view.planeX(e.getX()), view.planeY(e.getY()));
        }
        draggingStart = false;
    }

    private void scrolled(LandscapeView view, ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        vm.zoom(view.planeX(e.getX()), view.planeY(e.getY()), Math.pow(1.0015, -e.getDeltaY()));
        e.consume();
    }

    /** Space plays or pauses, Left and Right step, Home rewinds: unless a text field has the keys. */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.SPACE) {
                vm.togglePlay();
            } else if (code == KeyCode.RIGHT) {
                vm.stepForward();
            } else if (code == KeyCode.LEFT) {
                vm.stepBack();
            } else if (code == KeyCode.HOME) {
                vm.rewind();
            } else if (code == KeyCode.G) {
                vm.layoutProperty().set(vm.layoutProperty().get() == MainViewModel.Layout.GRID
                        ? MainViewModel.Layout.OVERLAY : MainViewModel.Layout.GRID);
            } else {
                return;
            }
            e.consume();
        });
    }

    /** The dark-theme switch, for the app to wire to the scene's style sheets. */
    javafx.scene.control.ToggleButton darkToggle() {
        return side.darkToggle();
    }

    private static final class PresetCell extends ListCell<Preset> {
        @Override
        protected void updateItem(Preset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
