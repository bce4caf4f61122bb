package org.descentlab.ui.runs;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The selected run's "Batch" row: its mini-batch on a dataset ("all" or a number of rows), with what does not
 * take explained right under it. Without a dataset the field is disabled and a caption says why.
 */
public final class BatchRow extends VBox {

    private final BatchViewModel vm;
    private final TextField batch = new TextField();
    private final Label of = new Label();
    private boolean showing;
    private int shownIndex = -1;

    public BatchRow(BatchViewModel vm) {
        this.vm = vm;
        setSpacing(4);
        Label name = new Label(Text.get("batch.row"));
        batch.setId("batch");
        batch.setPrefColumnCount(6);
        // checked as typed, set on Enter or when the focus leaves: "20" on the way to "200" must not reach the run
        batch.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                Forms.invalid(batch, !vm.check(now));
            }
        });
        batch.setOnAction(e -> commit());
        batch.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        of.setId("batch-rows");
        of.getStyleClass().add(Styles.CAPTION);
        Label error = Forms.errorLabel();
        error.setId("batch-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox row = new HBox(6, name, batch, of);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, error);
        vm.shownProperty().addListener((o, was, now) -> show(now));
        show(vm.shownProperty().get());
    }

    private void commit() {
        if (!showing && !batch.isDisabled()) {
            Forms.invalid(batch, !vm.setBatch(batch.getText()));
        }
    }

    /** Shows the run's batch; a batch the user is typing keeps its text, unless another run is shown. */
    private void show(BatchViewModel.Shown shown) {
        boolean data = shown != null && shown.rows() > 0;
        batch.setDisable(!data);
        if (shown == null) {
            return;
        }
        showing = true;
        String text = data ? BatchViewModel.text(shown.batch()) : "";
        if (shown.index() != shownIndex || !data) {
            batch.setText(text);
            Forms.invalid(batch, false);
        }
        Forms.show(batch, text);
        of.setText(data ? Text.format("batch.ofRows", shown.rows()) : Text.get("batch.noData"));
        batch.setTooltip(data ? Forms.longTooltip(BatchViewModel.tooltip(shown.rows())) : new Tooltip(Text.get("batch.noData")));
        shownIndex = shown.index();
        showing = false;
    }
}
