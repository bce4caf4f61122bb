package org.descentlab.ui.landscape;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.scenario.ViewSettings;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/** The view settings: the domain asked for, equal scale, colours, scale and contour lines. */
public final class ViewSettingsPane extends VBox {

    private final LandscapeViewModel vm;
    private final TextField xmin = new TextField();
    private final TextField xmax = new TextField();
    private final TextField ymin = new TextField();
    private final TextField ymax = new TextField();
    private final CheckBox equalScale = new CheckBox(Text.get("view.equalScale"));
    private final ComboBox<Colormap> colormap = Forms.combo(List.of(Colormap.values()), c -> Text.get("colormap." + c.id()));
    private final ComboBox<ScaleChoice> scale = Forms.combo(List.of(ScaleChoice.values()), s -> Text.get("scale." + s.id()));
    private final Spinner<Integer> contours = new Spinner<>(0, ViewSettings.MAX_CONTOURS, ViewSettings.DEFAULT_CONTOURS);
    private boolean showing;

    public ViewSettingsPane(LandscapeViewModel vm, ObservableValue<ViewSettings> view) {
        this.vm = vm;
        setSpacing(6);
        for (TextField f : new TextField[] {xmin, xmax, ymin, ymax}) {
            f.setPrefColumnCount(6);
            f.setOnAction(e -> apply());
        }
        xmin.setId("view-xmin");
        GridPane domain = Forms.grid(6);
        domain.addRow(0, new Label(Text.get("axis.x")), xmin, new Label(Text.get("view.to")), xmax);
        domain.addRow(1, new Label(Text.get("axis.y")), ymin, new Label(Text.get("view.to")), ymax);
        Button applyButton = new Button(Text.get("view.apply"));
        applyButton.setOnAction(e -> apply());
        Button reset = new Button(Text.get("view.reset"));
        reset.setId("reset-view");
        applyButton.setTooltip(new Tooltip(Text.get("a11y.viewApplyTip")));
        xmin.setTooltip(new Tooltip(Text.get("a11y.viewXminTip")));
        xmax.setTooltip(new Tooltip(Text.get("a11y.viewXmaxTip")));
        ymin.setTooltip(new Tooltip(Text.get("a11y.viewYminTip")));
        ymax.setTooltip(new Tooltip(Text.get("a11y.viewYmaxTip")));
        reset.setTooltip(new Tooltip(Text.get("view.resetTip")));
        reset.setOnAction(e -> vm.resetView());
        Label error = Forms.errorLabel();
        error.setId("view-error");
        error.textProperty().bind(vm.errorProperty());

        equalScale.setId("equal-scale");
        equalScale.setTooltip(new Tooltip(Text.get("view.equalScaleTip")));
        equalScale.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                vm.setEqualScale(now);
            }
        });
        colormap.setId("colormap");
        scale.setTooltip(new Tooltip(Text.get("a11y.scaleTip")));
        colormap.setTooltip(new Tooltip(Text.get("a11y.colormapTip")));
        colormap.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setColormap(now);
            }
        });
        scale.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setScale(now);
            }
        });
        contours.setEditable(true);
        contours.setTooltip(new Tooltip(Text.get("a11y.contoursTip")));
        contours.setPrefWidth(80);
        contours.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                vm.setContours(now);
            }
        });
        GridPane style = Forms.grid(8);
        style.addRow(0, new Label(Text.get("view.colours")), colormap);
        style.addRow(1, new Label(Text.get("view.scale")), scale);
        style.addRow(2, new Label(Text.get("view.contours")), contours);
        // with equal scale the plot shows more than was asked for: say what, so the axes and fields agree
        Label widened = new Label();
        widened.setId("view-shown");
        widened.getStyleClass().add(Styles.CAPTION);
        widened.setWrapText(true);
        widened.textProperty().bind(Bindings.createStringBinding(() -> {
            Domain shown = vm.shownProperty().get();
            ViewSettings v = vm.viewProperty().get();
            return shown == null || v == null || shown.equals(v.domain()) ? ""
                    : Text.format("view.shown", Numbers.label(shown.xmin()), Numbers.label(shown.xmax()),
                            Numbers.label(shown.ymin()), Numbers.label(shown.ymax()));
        }, vm.shownProperty(), vm.viewProperty()));
        widened.visibleProperty().bind(widened.textProperty().isNotEmpty());
        widened.managedProperty().bind(widened.visibleProperty());
        getChildren().addAll(domain, equalScale, widened, new HBox(6, applyButton, reset), error, style);
        view.addListener((o, was, now) -> show(now));
        show(view.getValue());
    }

    /** Shows the scenario's view in every control: the domain asked for, not the one widened to the plot. */
    private void show(ViewSettings v) {
        showing = true;
        Domain d = v.domain();
        // exact: Apply must give back the domain shown, to the last digit
        xmin.setText(Numbers.exact(d.xmin()));
        xmax.setText(Numbers.exact(d.xmax()));
        ymin.setText(Numbers.exact(d.ymin()));
        ymax.setText(Numbers.exact(d.ymax()));
        equalScale.setSelected(v.equalScale());
        colormap.setValue(v.colormap());
        scale.setValue(v.scale());
        contours.getValueFactory().setValue(v.contours());
        showing = false;
    }

    private void apply() {
        vm.setDomain(xmin.getText(), xmax.getText(), ymin.getText(), ymax.getText());
    }
}
