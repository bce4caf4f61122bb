package org.descentlab.ui;

import java.util.Locale;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;

/**
 * The run list; the selected run's name, look, convention, optimizer with all its hyper-parameters,
 * start and noise; the settings all runs share; and the view settings.
 */
final class SidePanel extends VBox {

    private final MainViewModel vm;
    private final RunListView runList;
    private final TextField name = new TextField();
    private final ComboBox<Integer> colour = new ComboBox<>();
    private final ComboBox<RunViewModel.LineStyle> lineStyle = new ComboBox<>();
    private final ToggleButton pytorch = new ToggleButton("PyTorch defaults");
    private final ToggleButton keras = new ToggleButton("Keras / TF defaults");
    private final Label conventionNote = new Label();
    private final CheckBox ownStart = new CheckBox("own start");
    private final TextField startX = new TextField();
    private final TextField startY = new TextField();
    private final TextField noise = new TextField();
    private final TextField seed = new TextField();
    private final ComboBox<OptimizerType> optimizer = new ComboBox<>();
    private final GridPane parameters = form(8);
    private final Slider lrSlider = new Slider(Math.log10(MainViewModel.MIN_LR), Math.log10(MainViewModel.MAX_LR), -2);
    private final TextField lrField = new TextField();
    private final Label parameterError = errorLabel();
    private final Label runError = errorLabel();
    private final TextField xmin = new TextField();
    private final TextField xmax = new TextField();
    private final TextField ymin = new TextField();
    private final TextField ymax = new TextField();
    private final ToggleButton dark = new ToggleButton("Dark theme");
    private boolean syncing;

    SidePanel(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.SIDE_PANEL);
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(300);
        setMinWidth(300);

        optimizer.getItems().setAll(Optimizers.all());
        optimizer.setCellFactory(list -> new TypeCell());
        optimizer.setButtonCell(new TypeCell());
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.setValue(vm.optimizerTypeProperty().get());
        optimizer.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.setOptimizerType(now);
            }
        });
        vm.optimizerTypeProperty().addListener((o, was, now) -> {
            syncing = true;
            optimizer.setValue(now);
            syncing = false;
            rebuildParameters();
        });
        vm.optimizerProperty().addListener(o -> syncLearningRate());
        parameterError.textProperty().bind(vm.parameterErrorProperty());

        lrSlider.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lrSlider, Priority.ALWAYS);
        lrField.setPrefColumnCount(7);
        lrSlider.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                String text = String.format(Locale.ROOT, "%.3g", Math.pow(10, now.doubleValue()));
                syncing = true;
                lrField.setText(text);
                syncing = false;
                commitParameter("lr", text, lrField);
            }
        });
        lrField.textProperty().addListener((o, was, now) -> {
            if (!syncing && commitParameter("lr", now, lrField)) {
                syncSlider(now);
            }
        });
        Tooltip.install(lrSlider, new Tooltip("learning rate, log scale from 1e-5 to 10"));

        runList = new RunListView(vm);
        optimizer.setId("optimizer");
        getChildren().addAll(title("Runs"), runList, title("Selected run"), lookSettings(), conventionSettings(),
                new Label("Optimizer"), optimizer, new Label("Learning rate"), new HBox(6, lrSlider, lrField),
                parameters, parameterError, startSettings(), runError, title("All runs"), runSettings(),
                title("View"), viewSettings());
        vm.selectedRunProperty().addListener(o -> syncSelected());
        vm.pathsRevisionProperty().addListener(o -> syncStart());
        syncSelected();
    }

    RunListView runList() {
        return runList;
    }

    private GridPane lookSettings() {
        name.setId("run-name");
        name.textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.selectedRunProperty().get().nameProperty().set(now);
            }
        });
        for (int k = 0; k < Palette.PATHS.length; k++) {
            colour.getItems().add(k);
        }
        colour.setCellFactory(l -> new ColourCell());
        colour.setButtonCell(new ColourCell());
        colour.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.selectedRunProperty().get().colourProperty().set(now);
            }
        });
        lineStyle.getItems().setAll(RunViewModel.LineStyle.values());
        lineStyle.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.selectedRunProperty().get().lineStyleProperty().set(now);
            }
        });
        GridPane grid = form(8);
        grid.addRow(0, new Label("name"), name);
        grid.addRow(1, new Label("colour"), colour);
        grid.addRow(2, new Label("line"), lineStyle);
        return grid;
    }

    /** PyTorch or Keras: whose defaults and update rule the selected run uses, and what differs. */
    private VBox conventionSettings() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        pytorch.setToggleGroup(group);
        keras.setToggleGroup(group);
        pytorch.setId("convention-pytorch");
        keras.setId("convention-keras");
        pytorch.setTooltip(new Tooltip("torch.optim's defaults and update rules"));
        keras.setTooltip(new Tooltip("keras.optimizers' defaults and update rules (TensorFlow 2 / Keras 3)"));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // one of the two is always chosen
                (was == null ? pytorch : (ToggleButton) was).setSelected(true);
                return;
            }
            if (!syncing) {
                vm.setConvention(now == keras ? Convention.KERAS : Convention.PYTORCH);
                rebuildParameters();
                syncLearningRate();
            }
        });
        HBox toggles = new HBox(0, pytorch, keras);
        pytorch.setMaxWidth(Double.MAX_VALUE);
        keras.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(pytorch, Priority.ALWAYS);
        HBox.setHgrow(keras, Priority.ALWAYS);
        conventionNote.setId("convention-note");
        conventionNote.getStyleClass().add(Styles.CAPTION);
        conventionNote.setWrapText(true);
        return new VBox(4, toggles, conventionNote);
    }

    /** "Keras: eps 1e-7 (PyTorch 1e-8); eps inside the square root" for the selected optimizer. */
    static String conventionNote(OptimizerType type, Convention c) {
        StringBuilder s = new StringBuilder(c == Convention.KERAS ? "Keras / TensorFlow" : "PyTorch");
        Convention other = c == Convention.KERAS ? Convention.PYTORCH : Convention.KERAS;
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (ParameterSpec spec : type.parameters()) {
            if (type.defaultValue(spec, c) != type.defaultValue(spec, other)) {
                differ.add(spec.name() + " " + Ticks.label(type.defaultValue(spec, c)));
            }
        }
        s.append(differ.isEmpty() ? ": same defaults in both" : " defaults: " + String.join(", ", differ));
        String rule = KERAS_RULES.get(type.name());
        if (c == Convention.KERAS && rule != null) {
            s.append("; ").append(rule);
        }
        return s.toString();
    }

    /** Where Keras's update rule differs from PyTorch's, in a few words. */
    private static final java.util.Map<String, String> KERAS_RULES = java.util.Map.of(
            "rmsprop", "eps inside the square root",
            "adagrad", "eps inside the square root, no lr_decay",
            "adam", "\"epsilon hat\": eps added to √v before bias correction",
            "adamw", "\"epsilon hat\": eps added to √v before bias correction",
            "adamax", "eps added after the maximum",
            "nadam", "momentum schedule 0.96ᵗ",
            "momentum", "no dampening",
            "adadelta", "decoupled weight decay");

    private VBox startSettings() {
        for (TextField f : new TextField[] {startX, startY, noise, seed}) {
            f.setPrefColumnCount(6);
        }
        startX.setId("start-x");
        startY.setId("start-y");
        ownStart.setId("own-start");
        ownStart.setTooltip(new Tooltip("Start this run from its own point instead of the shared start"));
        ownStart.selectedProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.setOwnStart(vm.selectedRunProperty().get(), now);
            }
        });
        startX.disableProperty().bind(ownStart.selectedProperty().not());
        startY.disableProperty().bind(ownStart.selectedProperty().not());
        startX.setOnAction(e -> commitStart());
        startY.setOnAction(e -> commitStart());
        startX.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitStart();
            }
        });
        startY.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitStart();
            }
        });
        noise.setId("noise");
        noise.textProperty().addListener(setting(noise, "noise σ", t -> {
            if (!syncing) {
                vm.selectedRunProperty().get().noiseProperty().set(nonNegative(t));
            }
        }));
        seed.textProperty().addListener(setting(seed, "seed", t -> {
            if (!syncing) {
                vm.selectedRunProperty().get().seedProperty().set(Long.parseLong(t.strip()));
            }
        }));
        GridPane grid = form(6);
        grid.addRow(0, ownStart, startX, startY);
        grid.addRow(1, new Label("noise σ"), noise);
        grid.addRow(2, new Label("seed"), seed);
        Tooltip.install(noise, new Tooltip("σ of Gaussian noise added to each gradient component: stochastic gradients"));
        return new VBox(4, grid);
    }

    private void commitStart() {
        RunViewModel r = vm.selectedRunProperty().get();
        if (syncing || r.ownStartProperty().get() == null) {
            return;
        }
        try {
            double x = Double.parseDouble(startX.getText().strip());
            double y = Double.parseDouble(startY.getText().strip());
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new NumberFormatException();
            }
            r.ownStartProperty().set(new double[] {x, y});
            runError.setText("");
        } catch (NumberFormatException e) {
            runError.setText("start must be two numbers, got '" + startX.getText() + "', '" + startY.getText() + "'");
        }
    }

    /** Shows the selected run in every control. */
    private void syncSelected() {
        RunViewModel r = vm.selectedRunProperty().get();
        if (r == null) {
            return;
        }
        syncing = true;
        name.setPromptText(r.label().get());
        name.setText(r.nameProperty().get());
        colour.setValue(r.colourProperty().get());
        lineStyle.setValue(r.lineStyleProperty().get());
        (r.conventionProperty().get() == Convention.KERAS ? keras : pytorch).setSelected(true);
        optimizer.setValue(r.typeProperty().get());
        ownStart.setSelected(r.ownStartProperty().get() != null);
        noise.setText(Ticks.label(r.noiseProperty().get()));
        seed.setText(String.valueOf(r.seedProperty().get()));
        syncing = false;
        syncStart();
        rebuildParameters();
        syncLearningRate();
    }

    private void syncStart() {
        RunViewModel r = vm.selectedRunProperty().get();
        if (r == null) {
            return;
        }
        double[] at = r.ownStartProperty().get() != null ? r.ownStartProperty().get() : vm.startProperty().get();
        boolean was = syncing;
        syncing = true;
        if (!startX.isFocused()) {
            startX.setText(Ticks.label(at[0]));
        }
        if (!startY.isFocused()) {
            startY.setText(Ticks.label(at[1]));
        }
        name.setPromptText(r.label().get());
        conventionNote.setText(conventionNote(r.typeProperty().get(), r.conventionProperty().get()));
        syncing = was;
    }

    ToggleButton darkToggle() {
        return dark;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    /** A grid of label and control rows, the shape of every settings block here. */
    private static GridPane form(double hgap) {
        GridPane grid = new GridPane();
        grid.setHgap(hgap);
        grid.setVgap(4);
        return grid;
    }

    private static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().add(Styles.ERROR_TEXT);
        l.setWrapText(true);
        return l;
    }

    /** One row per hyper-parameter but lr (which has the slider): a field, or a box for flags. */
    private void rebuildParameters() {
        parameters.getChildren().clear();
        OptimizerType type = vm.optimizerTypeProperty().get();
        var text = vm.parameterText();
        int row = 0;
        for (ParameterSpec spec : type.parameters()) {
            if (spec.name().equals("lr")) {
                continue;
            }
            Label name = new Label(spec.name());
            Tooltip tip = new Tooltip(spec.description() + "; " + spec.accepted() + "; default " + spec.defaultText());
            name.setTooltip(tip);
            if (spec.bool()) {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(text.getOrDefault(spec.name(), spec.defaultText())));
                box.selectedProperty().addListener((o, was, now) -> vm.setParameter(spec.name(), String.valueOf(now)));
                box.setTooltip(tip);
                parameters.addRow(row++, name, box);
            } else {
                TextField field = new TextField(text.getOrDefault(spec.name(), spec.defaultText()));
                field.setPrefColumnCount(8);
                field.setTooltip(tip);
                field.textProperty().addListener((o, was, now) -> commitParameter(spec.name(), now, field));
                parameters.addRow(row++, name, field);
            }
        }
    }

    private boolean commitParameter(String name, String text, TextField field) {
        boolean ok = vm.setParameter(name, text);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Styles.INVALID), !ok);
        return ok;
    }

    private void syncLearningRate() {
        String lr = vm.optimizerProperty().get().describe().get("lr");
        if (lr == null || syncing) {
            return;
        }
        syncing = true;
        if (!lr.equals(lrField.getText())) {
            try {
                if (Double.parseDouble(lrField.getText()) != Double.parseDouble(lr)) {
                    lrField.setText(lr);
                }
            } catch (NumberFormatException e) {
                lrField.setText(lr);
            }
        }
        syncSlider(lr);
        syncing = false;
    }

    private void syncSlider(String text) {
        try {
            double v = Double.parseDouble(text);
            if (v > 0) {
                boolean was = syncing;
                syncing = true;
                lrSlider.setValue(Math.max(lrSlider.getMin(), Math.min(lrSlider.getMax(), Math.log10(v))));
                syncing = was;
            }
        } catch (NumberFormatException e) {
            // the field shows it is invalid; the slider stays
        }
    }

    private GridPane runSettings() {
        GridPane grid = form(8);
        TextField steps = new TextField(String.valueOf(vm.maxStepsProperty().get()));
        TextField tol = new TextField(String.valueOf(vm.toleranceProperty().get()));
        steps.textProperty().addListener(setting(steps, "max steps", t -> {
            int n = Integer.parseInt(t.strip());
            if (n < 0 || n > MainViewModel.MAX_STEPS) {
                throw new IllegalArgumentException("max steps must be between 0 and " + MainViewModel.MAX_STEPS);
            }
            vm.maxStepsProperty().set(n);
        }));
        tol.textProperty().addListener(setting(tol, "tolerance", t -> vm.toleranceProperty().set(nonNegative(t))));
        vm.maxStepsProperty().addListener((o, was, now) -> setIfDifferent(steps, String.valueOf(now)));
        grid.addRow(0, new Label("max steps"), steps);
        grid.addRow(1, new Label("tol ‖∇f‖"), tol);
        return grid;
    }

    private static void setIfDifferent(TextField field, String text) {
        if (!field.getText().strip().equals(text)) {
            field.setText(text);
        }
    }

    private static double nonNegative(String text) {
        double v = Double.parseDouble(text.strip());
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("must be a number >= 0");
        }
        return v;
    }

    private interface Setter {
        void set(String text);
    }

    private ChangeListener<String> setting(TextField field, String name, Setter setter) {
        return (o, was, now) -> {
            try {
                setter.set(now);
                runError.setText("");
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Styles.INVALID), false);
            } catch (IllegalArgumentException e) {
                String why = e instanceof NumberFormatException ? "must be a number" : e.getMessage();
                runError.setText(name + " " + why.replaceFirst("^" + name + " ", "") + ", got '" + now + "'");
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Styles.INVALID), true);
            }
        };
    }

    private VBox viewSettings() {
        Label domainError = errorLabel();
        domainError.textProperty().bind(vm.domainErrorProperty());
        for (TextField f : new TextField[] {xmin, xmax, ymin, ymax}) {
            f.setPrefColumnCount(6);
            f.setOnAction(e -> applyDomain());
        }
        vm.domainProperty().addListener((o, was, now) -> showDomain(now));
        showDomain(vm.domainProperty().get());
        GridPane domain = form(6);
        domain.addRow(0, new Label("x"), xmin, new Label("to"), xmax);
        domain.addRow(1, new Label("y"), ymin, new Label("to"), ymax);
        Button apply = new Button("Apply");
        apply.setOnAction(e -> applyDomain());
        Button reset = new Button("Reset view");
        reset.setOnAction(e -> vm.resetView());

        ComboBox<Colormap> colormap = new ComboBox<>();
        colormap.getItems().setAll(Colormap.values());
        colormap.valueProperty().bindBidirectional(vm.colormapProperty());
        ComboBox<ScaleChoice> scale = new ComboBox<>();
        scale.getItems().setAll(ScaleChoice.values());
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        Spinner<Integer> contours = new Spinner<>(0, 60, vm.contoursProperty().get());
        contours.setEditable(true);
        contours.setPrefWidth(80);
        contours.valueProperty().addListener((o, was, now) -> vm.contoursProperty().set(now));
        GridPane style = form(8);
        style.addRow(0, new Label("colours"), colormap);
        style.addRow(1, new Label("scale"), scale);
        style.addRow(2, new Label("contours"), contours);
        return new VBox(6, domain, new HBox(6, apply, reset), domainError, style, dark);
    }

    private void showDomain(Domain d) {
        xmin.setText(Ticks.label(d.xmin()));
        xmax.setText(Ticks.label(d.xmax()));
        ymin.setText(Ticks.label(d.ymin()));
        ymax.setText(Ticks.label(d.ymax()));
    }

    private void applyDomain() {
        vm.setDomain(xmin.getText(), xmax.getText(), ymin.getText(), ymax.getText());
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
            javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(14, 14, Palette.path(item));
            r.setStroke(Color.rgb(90, 90, 90));
            setGraphic(r);
            setText(Palette.PATH_NAMES[item]);
        }
    }

    private static final class TypeCell extends ListCell<OptimizerType> {
        @Override
        protected void updateItem(OptimizerType item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
            setTooltip(empty || item == null ? null : new Tooltip(item.description()));
        }
    }
}
