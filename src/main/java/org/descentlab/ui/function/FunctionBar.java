package org.descentlab.ui.function;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.descentlab.core.expr.ParseError;
import org.descentlab.core.preset.Preset;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.DatasetPicture;

/**
 * The top of the window: the preset picker, the function field with a busy sign while the landscape
 * renders, and under it one line that keeps its height, showing the error with its column, the
 * warnings, or the scenario's notes.
 */
public final class FunctionBar extends VBox {

    /** The message slot is two lines high, whatever it shows: typing never moves the picture. */
    private static final int LINES = 2;
    private static final double LINE_HEIGHT = 18;

    private final FunctionViewModel vm;
    private final TextField field = new TextField();
    private final ComboBox<Preset> presets = new ComboBox<>();

    public FunctionBar(FunctionViewModel vm, ObservableList<Preset> all, ObservableValue<Preset> current,
            Consumer<Preset> apply, ObservableBooleanValue rendering, Runnable leave) {
        this.vm = vm;
        presets.setItems(all);
        // the prompt shows whenever no preset is on: the function typed is one's own
        presets.setPromptText(Text.get("function.custom"));
        presets.setTooltip(new Tooltip(Text.get("function.presets")));
        presets.setCellFactory(list -> new PresetCell(null));
        // a button cell of one's own shows nothing for no value: it says itself that the function is no preset's
        presets.setButtonCell(new PresetCell(Text.get("function.custom")));
        presets.setOnAction(e -> {
            Preset p = presets.getValue();
            if (p != null && p != current.getValue()) {
                apply.accept(p);
            }
        });
        current.addListener((o, was, now) -> presets.setValue(now));
        presets.setValue(current.getValue());
        presets.setId("presets");

        field.setId("function");
        field.setTooltip(new Tooltip(Text.get("a11y.functionTip")));
        // Escape hands the keys back to the window; Tab into the field puts the caret at the end, as
        // selecting it all would let the next key (Space, say) wipe the function
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                leave.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    if (field.isFocused() && !field.getText().isEmpty() && field.getSelection().getLength() == field.getLength()) {
                        field.end();
                    }
                });
            }
        });
        field.getStyleClass().add(Styles.FUNCTION_FIELD);
        field.setPromptText(Text.get("function.prompt"));
        field.setText(vm.textProperty().get());
        Forms.live(field, vm::inEffect);
        // a function that does not read stays in the field, outlined, and the field's undo is its own
        vm.errorProperty().addListener((o, was, now) -> Forms.invalid(field, now != null));
        field.textProperty().addListener((o, was, now) -> {
            if (!now.equals(vm.textProperty().get())) {
                vm.setText(now);
            }
        });
        vm.textProperty().addListener((o, was, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(rendering);
        Label label = new Label();
        label.textProperty().bind(Bindings.when(vm.datasetProperty().isEmpty()).then(Text.get("function.label"))
                .otherwise(Text.get("data.lossLabel")));
        HBox row = new HBox(8, presets, label, field, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox data = datasetLine();

        Label error = new Label();
        error.setId("function-error");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.errorProperty().get()), vm.errorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        // a click on the message selects the text it is about
        error.setOnMouseClicked(e -> selectOffending());
        error.setTooltip(new Tooltip(Text.get("function.errorTip")));
        Label warnings = new Label();
        warnings.setId("function-warnings");
        warnings.getStyleClass().add(Styles.WARNING_TEXT);
        warnings.setWrapText(true);
        warnings.setMaxHeight(LINES * LINE_HEIGHT);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.warnings()), vm.warnings()));
        warnings.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(warnings.getText()),
                warnings.textProperty()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty().and(vm.errorProperty().isNull()));
        Label notes = new Label();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.getStyleClass().add(Styles.CAPTION);
        notes.textProperty().bind(vm.notesProperty());
        // a long story stays two lines high; all of it is in the tooltip
        notes.setMaxHeight(LINES * LINE_HEIGHT);
        notes.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(vm.notesProperty().get()),
                vm.notesProperty()));
        notes.visibleProperty().bind(error.visibleProperty().not().and(warnings.visibleProperty().not()));
        // error, warnings and notes share one slot that keeps its height: typing never moves the picture
        StackPane messages = new StackPane(notes, warnings, error);
        messages.setAlignment(Pos.TOP_LEFT);
        error.setMaxHeight(LINES * LINE_HEIGHT);
        messages.setMinHeight(LINES * LINE_HEIGHT);
        messages.setPrefHeight(LINES * LINE_HEIGHT);
        messages.setMaxHeight(LINES * LINE_HEIGHT);
        setSpacing(4);
        setPadding(new Insets(8, 10, 6, 10));
        getChildren().addAll(row, data, messages);
    }

    /** What the dataset is, that the field is its loss, and how to leave it: shown on a dataset only. */
    private HBox datasetLine() {
        Label caption = new Label();
        caption.setId("dataset-caption");
        caption.getStyleClass().add(Styles.CAPTION);
        caption.textProperty().bind(vm.datasetProperty());
        // a narrow window cuts the caption short: the tooltip has all of it
        String tip = Text.format("data.captionTip", Numbers.whole(DatasetPicture.EVALUATIONS));
        caption.tooltipProperty().bind(Bindings.createObjectBinding(() -> Forms.longTooltip(vm.datasetProperty().get() + "\n\n" + tip),
                vm.datasetProperty()));
        caption.setMinWidth(0);
        Button close = new Button(Text.get("data.close"));
        close.setId("close-dataset");
        close.setTooltip(new Tooltip(Text.get("data.closeTip")));
        close.setOnAction(e -> vm.closeDataset());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, caption, close);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(vm.datasetProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    public TextField field() {
        return field;
    }

    public ComboBox<Preset> presetPicker() {
        return presets;
    }

    /** Selects the text the error is about, where it has a place; the field takes the focus. */
    void selectOffending() {
        ParseError e = vm.errorProperty().get();
        if (e == null || !e.hasColumn()) {
            return;
        }
        String text = field.getText();
        int from = Math.min(text.length(), e.column() - 1);
        int to = Math.min(text.length(), from + Math.max(1, e.offendingText().length()));
        field.requestFocus();
        field.selectRange(from, to);
    }

    /** "error text  (column N)". */
    private static String describe(ParseError e) {
        if (e == null) {
            return "";
        }
        return e.hasColumn() ? Text.format("function.errorAt", e.message(), e.column()) : e.message();
    }

    private static final class PresetCell extends ListCell<Preset> {
        private final String none;

        /** @param none what the cell says when no preset is chosen */
        PresetCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(Preset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? none : item.name());
        }
    }
}
