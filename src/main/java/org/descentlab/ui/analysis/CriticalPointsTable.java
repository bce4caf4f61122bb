package org.descentlab.ui.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.descentlab.core.NumberText;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.CriticalPoint;
import org.descentlab.ui.landscape.CriticalPointsPainter;

/**
 * One row per critical point found in the view: its kind (with its symbol), x, y, f, and for a minimum
 * whether it is global, local or the lowest found. Every column sorts; picking a row rings its point on
 * the landscape.
 */
public final class CriticalPointsTable extends TableView<CriticalPoint> {

    /** Significant digits shown in a cell; all of them are on hover. */
    private static final int DIGITS = 6;

    public CriticalPointsTable(CriticalPointsViewModel vm) {
        setId("critical-points-table");
        ObservableList<CriticalPoint> rows = FXCollections.observableArrayList(vm.pointsProperty().get());
        vm.pointsProperty().addListener((o, was, now) -> rows.setAll(now));
        SortedList<CriticalPoint> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> !vm.onProperty().get() ? Text.get("critical.off")
                : vm.computingProperty().get() ? Text.get("critical.finding") : vm.messageProperty().get(),
                vm.onProperty(), vm.computingProperty(), vm.messageProperty()));
        setPlaceholder(placeholder);

        TableColumn<CriticalPoint, CriticalPoint> kind = column("critical.kind", "critical.kindTip", p -> p,
                Comparator.comparing(CriticalPoint::kind));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(130);
        kind.setMinWidth(110);
        TableColumn<CriticalPoint, Double> x = number("critical.x", "critical.xTip", CriticalPoint::x, true);
        TableColumn<CriticalPoint, Double> y = number("critical.y", "critical.yTip", CriticalPoint::y, true);
        TableColumn<CriticalPoint, Double> f = number("critical.f", "critical.fTip", p -> p.point().f(), false);
        TableColumn<CriticalPoint, String> note = column("critical.note", "critical.noteTip", p -> Text.get("critical.note." + p.note().id()),
                Comparator.<String>naturalOrder());
        note.setPrefWidth(120);
        note.setMinWidth(90);
        getColumns().setAll(List.of(kind, x, y, f, note));

        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        Runnable follow = () -> {
            CriticalPoint picked = vm.selectedProperty().get();
            if (picked == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != picked) {
                getSelectionModel().select(picked);
            }
        };
        vm.selectedProperty().addListener(o -> follow.run());
    }

    private static <T> TableColumn<CriticalPoint, T> column(String key, String tip, Function<CriticalPoint, T> value,
            Comparator<T> order) {
        TableColumn<CriticalPoint, T> c = new TableColumn<>();
        Label header = new Label(Text.get(key));
        header.setTooltip(Forms.longTooltip(Text.get(tip)));
        c.setGraphic(header);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(order);
        return c;
    }

    /** Six significant digits in the cell (a coordinate that is zero but for Newton's last digits as 0), every digit on hover. */
    private static TableColumn<CriticalPoint, Double> number(String key, String tip, Function<CriticalPoint, Double> value,
            boolean coordinate) {
        TableColumn<CriticalPoint, Double> c = column(key, tip, value, Double::compare);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                CriticalPoint row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || v == null ? null : Numbers.local(NumberText.rounded(coordinate && row != null ? row.shown(v) : v, DIGITS)));
                setTooltip(empty || v == null ? null : Forms.longTooltip(Numbers.exact(v)));
            }
        });
        c.getStyleClass().add(Styles.NUMBER_COLUMN);
        c.setPrefWidth(96);
        c.setMinWidth(80);
        return c;
    }

    /** The kind's symbol and name; the Hessian's eigenvalues on hover. */
    private static final class KindCell extends TableCell<CriticalPoint, CriticalPoint> {
        @Override
        protected void updateItem(CriticalPoint p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(Text.get("critical.kind." + p.kind().id()));
            setGraphic(CriticalPointsPainter.swatch(p));
            setTooltip(Forms.longTooltip(Text.format("critical.eigenvalues",
                    Numbers.local(NumberText.rounded(p.point().lambda1(), 4)), Numbers.local(NumberText.rounded(p.point().lambda2(), 4)))));
        }
    }
}
