package org.descentlab.ui.analysis;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/** Which minimum the starts reached: a row per minimum in the view and per kind of end at none. */
public final class ManyStartsTable extends TableView<ManyStartsSummary.Row> {

    public ManyStartsTable(ManyStartsViewModel vm) {
        setId("starts-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Text.get("starts.empty"));
        empty.setWrapText(true);
        setPlaceholder(empty);
        TableColumn<ManyStartsSummary.Row, ManyStartsSummary.Row> end = column(Text.get("starts.column.end"), r -> r);
        end.setCellFactory(c -> new EndCell());
        end.setPrefWidth(230);
        TableColumn<ManyStartsSummary.Row, String> f = column(Text.get("starts.column.f"),
                r -> r.point() == null ? "" : Numbers.label(r.point().f()));
        TableColumn<ManyStartsSummary.Row, String> count = column(Text.get("starts.column.count"), r -> Integer.toString(r.count()));
        TableColumn<ManyStartsSummary.Row, String> share = column(Text.get("starts.column.share"),
                r -> ManyStartsSummary.percent(r.share()));
        TableColumn<ManyStartsSummary.Row, String> lowest = column(Text.get("starts.column.lowest"),
                r -> r.lowest() ? Text.get("starts.lowest") : "");
        getColumns().setAll(List.of(end, f, count, share, lowest));
        vm.resultProperty().addListener((o, was, now) -> show(now));
        show(vm.resultProperty().get());
    }

    private void show(ManyStartsViewModel.Result r) {
        getItems().setAll(r == null ? List.of() : ManyStartsSummary.rows(r.traced().endings()));
    }

    private static <T> TableColumn<ManyStartsSummary.Row, T> column(String title, Function<ManyStartsSummary.Row, T> value) {
        TableColumn<ManyStartsSummary.Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The end's colour, as drawn, and its name. */
    private static final class EndCell extends TableCell<ManyStartsSummary.Row, ManyStartsSummary.Row> {
        @Override
        protected void updateItem(ManyStartsSummary.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Color c = row.minimum() >= 0 ? Palette.minimum(row.minimum()) : Palette.NO_MINIMUM;
            Rectangle swatch = new Rectangle(10, 10, c);
            swatch.setStroke(Palette.casing(c));
            setGraphic(swatch);
            setText(row.label());
        }
    }
}
