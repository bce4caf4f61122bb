package org.descentlab.ui.app;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

import org.descentlab.ui.base.Styles;

/**
 * A side panel that presentation mode folds to a slim bar, to leave the room to the landscape; a click on the
 * bar (or Enter on it) opens the panel again.
 */
final class FoldingPanel extends StackPane {

    private final Node panel;
    private final Button bar;
    private boolean folded;

    /**
     * @param panel the panel as it is when open
     * @param name  the panel's name on the bar, from the bundle
     * @param tip   the bar's tooltip and accessible text, from the bundle
     */
    FoldingPanel(Node panel, String name, String tip) {
        this.panel = panel;
        Label label = new Label(name);
        label.setRotate(-90);
        bar = new Button(null, new Group(label));
        bar.getStyleClass().add(Styles.SIDE_BAR);
        bar.setId("folded-panel");
        bar.setTooltip(new Tooltip(tip));
        bar.setAccessibleText(tip);
        bar.setMaxHeight(Double.MAX_VALUE);
        bar.setOnAction(e -> {
            fold(false);
            panel.requestFocus();
        });
        getChildren().setAll(panel);
    }

    /** Folds the panel to its bar, or opens it. */
    void fold(boolean fold) {
        folded = fold;
        getChildren().setAll(fold ? bar : panel);
    }

    boolean folded() {
        return folded;
    }

    /** The panel as it is when open. */
    Node panel() {
        return panel;
    }

    /** The slim bar the folded panel shows. */
    Button bar() {
        return bar;
    }
}
