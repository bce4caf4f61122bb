package org.descentlab.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The selected run: its name, colour and line; PyTorch's or Keras's defaults and rules; its optimizer
 * and every hyper-parameter (the learning rate with a log slider); its own start, noise and seed; how it
 * takes its gradient ({@link GradientRow}). The controls show the run's settings and send what is typed
 * to {@link RunEditorViewModel}, which decides.
 */
public final class RunEditorView extends VBox {

    private final RunEditorViewModel vm;
    private final TextField name = new TextField();
    private final ComboBox<Integer> colour = new ComboBox<>();
    private final ComboBox<LineStyle> line = Forms.combo(List.of(LineStyle.values()), s -> Text.get("line." + s.id()));
    private final ToggleButton pytorch = new ToggleButton(Text.get("convention.pytorchButton"));
    private final ToggleButton keras = new ToggleButton(Text.get("convention.kerasButton"));
    private final Label conventionNote = new Label();
    private final ComboBox<OptimizerType> optimizer = new ComboBox<>();
    private final Slider lrSlider = new Slider(RunEditorViewModel.LR_SLIDER_MIN, RunEditorViewModel.LR_SLIDER_MAX, -2);
    private final TextField lrField = new TextField();
    private final GridPane parameters = Forms.grid(8);
    private final List<TextField> parameterFields = new ArrayList<>();
    private final CheckBox ownStart = new CheckBox(Text.get("run.ownStart"));
    private final TextField startX = new TextField();
    private final TextField startY = new TextField();
    private final TextField noise = new TextField();
    private final TextField seed = new TextField();
    private final ObservableValue<Vec2> sharedStart;
    /** Why the last value typed was refused; it moves to just under the field it is about. */
    private final Label parameterError = Forms.errorLabel();
    private final ScheduleRow schedule;
    private OptimizerType shownType;
    private int shownIndex = -1;
    private boolean showing;

    public RunEditorView(RunEditorViewModel vm, ObservableValue<Vec2> sharedStart) {
        this.vm = vm;
        this.sharedStart = sharedStart;
        this.schedule = new ScheduleRow(vm.schedule());
        setSpacing(6);
        parameterError.setId("parameter-error");
        parameterError.textProperty().bind(vm.parameterErrorProperty());
        // no gap where there is nothing to say
        parameterError.managedProperty().bind(parameterError.textProperty().isNotEmpty());
        Label runError = Forms.errorLabel();
        runError.setId("run-error");
        runError.textProperty().bind(vm.runErrorProperty());
        runError.managedProperty().bind(runError.textProperty().isNotEmpty());
        // what the run is first, so that the optimizer and its learning rate show without scrolling;
        // each message right under the fields it is about
        GridPane what = Forms.grid(8);
        what.addRow(0, new Label(Text.get("run.optimizer")), optimizerBox());
        GridPane.setHgrow(optimizer, Priority.ALWAYS);
        getChildren().addAll(what, new Label(Text.get("run.learningRate")), learningRate(), schedule, parameterError, parameters,
                convention(), look(), start(), runError, new BatchRow(vm.batch()),
                new GradientRow(vm.gradient()));
        vm.selectionProperty().addListener((o, was, now) -> show(now));
        sharedStart.addListener(o -> show(vm.selectionProperty().get()));
        vm.conventionNoteProperty().addListener((o, was, now) -> conventionNote.setText(now));
        conventionNote.setText(vm.conventionNoteProperty().get());
        show(vm.selectionProperty().get());
    }

    /** The chart of the run's scheduled rate, whose ink follows the theme. */
    public ScheduleChart scheduleChart() {
        return schedule.chart();
    }

    private GridPane look() {
        name.setId("run-name");
        name.setTooltip(new Tooltip(Text.get("a11y.runNameTip")));
        Forms.live(name);
        name.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                vm.setName(now);
            }
        });
        IntStream.range(0, RunSettings.COLOURS).forEach(colour.getItems()::add);
        colour.setCellFactory(l -> new ColourCell());
        colour.setButtonCell(new ColourCell());
        colour.setTooltip(new Tooltip(Text.get("a11y.colourTip")));
        line.setTooltip(new Tooltip(Text.get("a11y.lineTip")));
        colour.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setColour(now);
            }
        });
        line.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setLine(now);
            }
        });
        GridPane grid = Forms.grid(8);
        grid.addRow(0, new Label(Text.get("run.name")), name);
        grid.addRow(1, new Label(Text.get("run.colour")), colour);
        grid.addRow(2, new Label(Text.get("run.line")), line);
        return grid;
    }

    /** PyTorch or Keras: whose defaults and update rule the run uses, and what differs. */
    private VBox convention() {
        ToggleGroup group = new ToggleGroup();
        pytorch.setToggleGroup(group);
        keras.setToggleGroup(group);
        pytorch.setId("convention-pytorch");
        keras.setId("convention-keras");
        pytorch.setTooltip(new Tooltip(Text.get("convention.pytorchTip")));
        keras.setTooltip(new Tooltip(Text.get("convention.kerasTip")));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // one of the two is always chosen
                (was == null ? pytorch : (ToggleButton) was).setSelected(true);
                return;
            }
            if (!showing) {
                vm.setConvention(now == keras ? Convention.KERAS : Convention.PYTORCH);
                // refused or not, the toggle shows what the run follows
                show(vm.selectionProperty().get());
            }
        });
        HBox toggles = new HBox(0, pytorch, keras);
        for (ToggleButton b : List.of(pytorch, keras)) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        conventionNote.setId("convention-note");
        conventionNote.getStyleClass().add(Styles.CAPTION);
        conventionNote.setWrapText(true);
        return new VBox(4, toggles, conventionNote);
    }

    private ComboBox<OptimizerType> optimizerBox() {
        optimizer.setId("optimizer");
        optimizer.setTooltip(new Tooltip(Text.get("a11y.optimizerTip")));
        optimizer.getItems().setAll(Optimizers.all());
        optimizer.setCellFactory(list -> new TypeCell());
        optimizer.setButtonCell(new TypeCell());
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setType(now);
                // refused or not, the box shows the run's optimizer
                show(vm.selectionProperty().get());
            }
        });
        return optimizer;
    }

    private HBox learningRate() {
        lrSlider.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lrSlider, Priority.ALWAYS);
        lrField.setId("lr");
        lrField.setTooltip(new Tooltip(Text.get("a11y.learningRateFieldTip")));
        lrField.setPrefColumnCount(7);
        lrSlider.valueProperty().addListener((o, was, now) -> {
            if (!showing) {
                String text = vm.setLearningRateFromSlider(now.doubleValue());
                showing = true;
                lrField.setText(text);
                Forms.invalid(lrField, false);
                showing = false;
            }
        });
        Forms.live(lrField);
        lrField.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                commit(lrField, RunEditorViewModel.LEARNING_RATE, now);
            }
        });
        lrSlider.setTooltip(new Tooltip(Text.get("run.learningRateTip")));
        return new HBox(6, lrSlider, lrField);
    }

    private VBox start() {
        for (TextField f : new TextField[] {startX, startY, noise, seed}) {
            f.setPrefColumnCount(6);
        }
        startX.setId("start-x");
        startY.setId("start-y");
        startX.setTooltip(new Tooltip(Text.get("a11y.startXTip")));
        startY.setTooltip(new Tooltip(Text.get("a11y.startYTip")));
        ownStart.setId("own-start");
        ownStart.setTooltip(new Tooltip(Text.get("run.ownStartTip")));
        ownStart.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                vm.setOwnStart(now);
            }
        });
        startX.disableProperty().bind(ownStart.selectedProperty().not());
        startY.disableProperty().bind(ownStart.selectedProperty().not());
        for (TextField f : new TextField[] {startX, startY}) {
            f.setOnAction(e -> commitStart());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commitStart();
                }
            });
        }
        noise.setId("noise");
        noise.setTooltip(new Tooltip(Text.get("run.noiseTip")));
        Forms.live(noise);
        Forms.live(seed);
        noise.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(noise, !vm.setNoise(now));
            }
        });
        seed.setId("seed");
        seed.setTooltip(new Tooltip(Text.get("a11y.seedTip")));
        seed.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(seed, !vm.setSeed(now));
            }
        });
        GridPane grid = Forms.grid(6);
        grid.addRow(0, new Label(Text.get("run.start")), new HBox(6, startX, startY));
        grid.addRow(1, new Label(Text.get("run.noise")), noise);
        grid.addRow(2, new Label(Text.get("run.seed")), seed);
        return new VBox(4, ownStart, grid);
    }

    private void commitStart() {
        RunSettings r = vm.runProperty().get();
        if (!showing && r != null && r.start() != null) {
            boolean ok = vm.setOwnStart(startX.getText(), startY.getText());
            Forms.invalid(startX, !ok);
            Forms.invalid(startY, !ok);
        }
    }

    private void commit(TextField field, String parameter, String text) {
        boolean ok = vm.setParameter(parameter, text);
        Forms.invalid(field, !ok);
        if (!ok) {
            // under the learning rate's row, or under the other parameters
            getChildren().remove(parameterError);
            int after = getChildren().indexOf(parameter.equals(RunEditorViewModel.LEARNING_RATE) ? lrField.getParent() : parameters);
            getChildren().add(after + 1, parameterError);
        }
    }

    /** Shows the run in every control; fields the user is typing in keep their text. */
    private void show(RunEditorViewModel.Selection selected) {
        if (selected == null) {
            return;
        }
        RunSettings r = selected.run();
        int index = selected.index();
        showing = true;
        boolean otherRun = index != shownIndex;
        if (otherRun) {
            name.setText(r.name());
        }
        Forms.show(name, r.name());
        name.setPromptText(RunLabels.label(r.withName("")));
        colour.setValue(r.colour());
        line.setValue(r.line());
        (r.optimizer().convention() == Convention.KERAS ? keras : pytorch).setSelected(true);
        keras.setDisable(!r.type().hasConventions());
        optimizer.setValue(r.type());
        if (otherRun || r.type() != shownType) {
            rebuildParameters(r);
        } else {
            showParameters(r);
        }
        ownStart.setSelected(r.start() != null);
        // without a start of its own, the fields show the shared one it starts from
        Vec2 from = r.start() != null ? r.start() : sharedStart.getValue();
        Forms.show(startX, Numbers.exact(from.x()));
        Forms.show(startY, Numbers.exact(from.y()));
        if (otherRun) {
            for (TextField f : List.of(noise, seed, lrField, startX, startY)) {
                Forms.invalid(f, false);
            }
            noise.setText(Numbers.exact(r.noise()));
            seed.setText(Numbers.whole(r.seed()));
        } else {
            Forms.show(noise, Numbers.exact(r.noise()));
            Forms.show(seed, Numbers.whole(r.seed()));
        }
        shownIndex = index;
        shownType = r.type();
        showing = false;
    }

    /** One row per hyper-parameter but lr (which has the slider): a field, or a box for flags and choices. */
    private void rebuildParameters(RunSettings r) {
        parameters.getChildren().clear();
        parameterFields.clear();
        int row = 0;
        for (ParameterSpec spec : vm.otherParameters()) {
            Label label = new Label(spec.name());
            Tooltip tip = new Tooltip(RunLabels.tooltip(vm.runProperty().get(), spec));
            label.setTooltip(tip);
            if (!spec.numeric()) {
                parameters.addRow(row++, label, ParameterBoxes.of(spec, vm, tip, () -> showing));
            } else {
                TextField field = new TextField(vm.text(spec));
                field.setId("parameter-" + spec.name());
                field.setPrefColumnCount(8);
                field.setTooltip(tip);
                field.getProperties().put(ParameterSpec.class, spec);
                field.setDisable(!RunLabels.applies(vm.runProperty().get(), spec));
                Forms.live(field);
                field.textProperty().addListener((o, was, now) -> {
                    if (!showing) {
                        commit(field, spec.name(), now);
                    }
                });
                parameterFields.add(field);
                parameters.addRow(row++, label, field);
            }
        }
        lrField.setText(vm.learningRateText());
        Forms.invalid(lrField, false);
        lrSlider.setValue(vm.learningRateSliderPosition());
    }

    /** The same optimizer with other values (undo, a convention switch): the fields follow. */
    private void showParameters(RunSettings r) {
        for (TextField f : parameterFields) {
            ParameterSpec spec = (ParameterSpec) f.getProperties().get(ParameterSpec.class);
            Forms.show(f, vm.text(spec));
            f.setDisable(!RunLabels.applies(vm.runProperty().get(), spec));
            f.setTooltip(new Tooltip(RunLabels.tooltip(vm.runProperty().get(), spec)));
        }
        ParameterBoxes.show(parameters, vm);
        Forms.show(lrField, vm.learningRateText());
        lrSlider.setValue(vm.learningRateSliderPosition());
    }

    private static final class ColourCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Rectangle r = new Rectangle(14, 14, Palette.path(item));
            r.setStroke(Palette.AXIS_LINE);
            setGraphic(r);
            setText(Text.get("colour." + item));
        }
    }

    private static final class TypeCell extends ListCell<OptimizerType> {
        @Override
        protected void updateItem(OptimizerType item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
            setTooltip(empty || item == null ? null : new Tooltip(Text.getOr("optimizer." + item.name() + ".description",
                    item.description())));
        }
    }
}
