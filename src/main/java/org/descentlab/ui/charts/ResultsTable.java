package org.descentlab.ui;

import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import org.descentlab.core.run.StopReason;

/**
 * One row per run: how it stopped and when, final f and ‖∇f‖, the minimum it ended in and how far
 * from it. Every column sorts; clicking a row selects that run.
 */
final class ResultsTable extends TableView<RunResult> {

    ResultsTable(MainViewModel vm) {
        setId("results");
        SortedList<RunResult> sorted = new SortedList<>(vm.results());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No runs yet"));

        TableColumn<RunResult, Integer> number = column("#", RunResult::number, Comparator.<Integer>naturalOrder());
        number.setMaxWidth(40);
        TableColumn<RunResult, RunResult> run = column("run", r -> r, Comparator.comparing(r -> r.run().label().get()));
        run.setCellFactory(c -> new RunCell());
        run.setPrefWidth(220);
        TableColumn<RunResult, String> convention = column("defaults",
                r -> r.run().conventionProperty().get().id(), Comparator.<String>naturalOrder());
        TableColumn<RunResult, RunResult> stopped = column("stopped", r -> r,
                Comparator.<RunResult, StopReason>comparing(r -> r.outcome().reason()).thenComparing(r -> r.outcome().steps()));
        stopped.setCellFactory(c -> new TextCell<>(RunResult::stopped));
        stopped.setPrefWidth(120);
        TableColumn<RunResult, Integer> steps = column("steps", r -> r.outcome().steps(), Comparator.<Integer>naturalOrder());
        TableColumn<RunResult, Double> f = number("final f", r -> r.outcome().finalF());
        TableColumn<RunResult, Double> grad = number("final ‖∇f‖", r -> r.outcome().finalGradientNorm());
        TableColumn<RunResult, String> minimum = column("minimum", RunResult::minimum, Comparator.<String>naturalOrder());
        minimum.setPrefWidth(140);
        TableColumn<RunResult, Double> distance = number("distance", r -> r.outcome().distance());
        getColumns().setAll(java.util.List.of(number, run, convention, stopped, steps, f, grad, minimum, distance));

        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedRunProperty().set(now.run());
            }
        });
    }

    private static <T> TableColumn<RunResult, T> column(String title, Function<RunResult, T> value, Comparator<T> order) {
        TableColumn<RunResult, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(order);
        return c;
    }

    /** A number column: short labels, NaN ("no known minimum") sorts last. */
    private static TableColumn<RunResult, Double> number(String title, Function<RunResult, Double> value) {
        TableColumn<RunResult, Double> c = column(title, value, Double::compare);
        c.setCellFactory(col -> new TextCell<>(v -> Double.isNaN(v) ? "—" : Ticks.label(v)));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static final class TextCell<T> extends TableCell<RunResult, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    private static final class RunCell extends TableCell<RunResult, RunResult> {
        @Override
        protected void updateItem(RunResult item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            HBox box = new HBox(6, RunListView.swatch(item.run()), new Label(item.run().label().get()));
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }
}
