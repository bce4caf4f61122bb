package org.descentlab.ui.charts;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import org.descentlab.core.run.StopReason;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunListView;

/**
 * One row per run: how it stopped and when, final f and ‖∇f‖, the minimum it ended in and how far
 * from it. Every column sorts; clicking a row selects that run, and the selected run's row is the
 * selected one.
 */
public final class ResultsTable extends TableView<RunItem> {

    /**
     * @param selected the selected run
     * @param select   selects a run by its index
     */
    public ResultsTable(ObservableList<RunItem> items, ObservableValue<RunItem> selected, IntConsumer select) {
        setId("results");
        SortedList<RunItem> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(Text.get("results.empty")));

        TableColumn<RunItem, Integer> number = column(Text.get("results.number"), RunItem::number, Comparator.<Integer>naturalOrder());
        number.setMaxWidth(40);
        TableColumn<RunItem, RunItem> run = column(Text.get("results.run"), r -> r, Comparator.comparing(RunItem::label));
        run.setCellFactory(c -> new RunCell());
        run.setPrefWidth(195);
        TableColumn<RunItem, String> convention = column(Text.get("results.defaults"),
                r -> Text.get("results." + r.settings().type().rule(r.settings().optimizer().convention()).id()), Comparator.<String>naturalOrder());
        TableColumn<RunItem, RunItem> stopped = column(Text.get("results.stopped"), r -> r,
                Comparator.<RunItem, StopReason>comparing(r -> r.outcome().reason()).thenComparing(r -> r.outcome().steps()));
        // the short form in the cell, the whole sentence with its advice on hover
        stopped.setCellFactory(c -> new TextCell<>(RunItem::stopped, RunItem::status));
        stopped.setPrefWidth(205);
        TableColumn<RunItem, Integer> steps = column(Text.get("results.steps"), r -> r.outcome().steps(), Comparator.<Integer>naturalOrder());
        TableColumn<RunItem, Double> f = number(Text.get("results.finalF"), r -> r.outcome().finalF());
        TableColumn<RunItem, Double> grad = number(Text.get("results.finalGradient"), r -> r.outcome().finalGradientNorm());
        TableColumn<RunItem, String> minimum = column(Text.get("results.minimum"), RunItem::minimum, Comparator.<String>naturalOrder());
        minimum.setPrefWidth(120);
        TableColumn<RunItem, Double> distance = number(Text.get("results.distance"), r -> r.outcome().distance());
        getColumns().setAll(List.of(number, run, convention, stopped, steps, f, grad, minimum, distance));
        // what each column means, on hover of its header
        List<String> tips = List.of(Text.get("results.numberTip"), Text.get("results.runTip"), Text.get("results.defaultsTip"),
                Text.get("results.stoppedTip"), Text.get("results.stepsTip"), Text.get("results.finalFTip"),
                Text.get("results.finalGradientTip"), Text.get("results.minimumTip"), Text.get("results.distanceTip"));
        for (int k = 0; k < tips.size(); k++) {
            TableColumn<RunItem, ?> c = getColumns().get(k);
            Label header = new Label(c.getText());
            header.setTooltip(Forms.longTooltip(tips.get(k)));
            c.setText(null);
            c.setGraphic(header);
        }
        // narrower than this, a column's numbers would be cut: the table scrolls sideways instead
        // preferred widths that add up to what a 1366-pixel window gives the table
        for (var c : List.of(number, convention, steps, f, grad, distance)) {
            c.setPrefWidth(c == number ? 36 : c == convention ? 80 : c == steps ? 60 : c == distance ? 76 : 84);
        }
        number.setMinWidth(32);
        run.setMinWidth(150);
        convention.setMinWidth(72);
        stopped.setMinWidth(170);
        steps.setMinWidth(56);
        f.setMinWidth(76);
        grad.setMinWidth(76);
        minimum.setMinWidth(120);
        distance.setMinWidth(76);
        // the constrained policy squeezes columns below their minimum rather than scroll: where they do not
        // fit, the columns keep their widths and the table scrolls sideways
        double least = getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 20;
        widthProperty().addListener((o, was, now) -> setColumnResizePolicy(now.doubleValue() < least
                ? UNCONSTRAINED_RESIZE_POLICY : CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN));

        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            RunItem current = selected.getValue();
            if (now != null && (current == null || now.index() != current.index())) {
                select.accept(now.index());
            }
        });
        // the items are made afresh when the runs change: the row follows the run, by its index
        Runnable follow = () -> {
            RunItem chosen = selected.getValue();
            RunItem row = chosen == null ? null : sorted.stream().filter(r -> r.index() == chosen.index()).findFirst().orElse(null);
            if (row == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != row) {
                getSelectionModel().select(row);
            }
        };
        selected.addListener(o -> follow.run());
        sorted.addListener((ListChangeListener<RunItem>) c -> follow.run());
        follow.run();
    }

    private static <T> TableColumn<RunItem, T> column(String title, Function<RunItem, T> value, Comparator<T> order) {
        TableColumn<RunItem, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(order);
        return c;
    }

    /** A number column: short labels; NaN ("no known minimum") shows as a dash and sorts last. */
    private static TableColumn<RunItem, Double> number(String title, Function<RunItem, Double> value) {
        TableColumn<RunItem, Double> c = column(title, value, Double::compare);
        c.setCellFactory(col -> new TextCell<>(v -> Double.isNaN(v) ? "—" : Numbers.label(v)));
        c.getStyleClass().add(Styles.NUMBER_COLUMN);
        return c;
    }

    private static final class TextCell<T> extends TableCell<RunItem, T> {
        private final Function<T, String> text;
        private final Function<T, String> tip;

        TextCell(Function<T, String> text) {
            this(text, null);
        }

        /** @param tip the cell's tooltip, or null for none */
        TextCell(Function<T, String> text, Function<T, String> tip) {
            this.text = text;
            this.tip = tip;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
            setTooltip(empty || item == null || tip == null ? null : Forms.longTooltip(tip.apply(item)));
        }
    }

    private static final class RunCell extends TableCell<RunItem, RunItem> {
        @Override
        protected void updateItem(RunItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label label = new Label(item.label());
            // a long name gives way with "…"; all of it is on hover
            label.setTooltip(new Tooltip(item.label()));
            label.setMinWidth(0);
            HBox box = new HBox(6, RunListView.swatch(item.settings().colour(), item.settings().line()), label);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }
}
