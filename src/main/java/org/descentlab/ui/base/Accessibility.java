package org.descentlab.ui.base;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;

/**
 * Gives every control of a window a text for screen readers: its tooltip's, which says what the control is
 * for, unless the control was given one of its own. Controls added later (rows that change with the
 * optimizer) get theirs as they come.
 */
public final class Accessibility {

    private static final Object FOLLOWED = new Object();

    private Accessibility() {
    }

    /** Follows {@code root} and everything below it, now and as it changes. */
    public static void follow(Node root) {
        if (root == null || root.getProperties().containsKey(FOLLOWED)) {
            return;
        }
        root.getProperties().put(FOLLOWED, Boolean.TRUE);
        if (root instanceof Control c && c.getAccessibleText() == null && !c.accessibleTextProperty().isBound()) {
            c.tooltipProperty().addListener((o, was, now) -> link(c, now));
            link(c, c.getTooltip());
        }
        if (root instanceof ScrollPane s) {
            s.contentProperty().addListener((o, was, now) -> follow(now));
            follow(s.getContent());
        } else if (root instanceof TitledPane t) {
            t.contentProperty().addListener((o, was, now) -> follow(now));
            follow(t.getContent());
        } else if (root instanceof TabPane tabs) {
            tabs.getTabs().forEach(Accessibility::follow);
            tabs.getTabs().addListener((ListChangeListener<Tab>) ch -> ch.getList().forEach(Accessibility::follow));
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(Accessibility::follow);
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) ch -> {
                while (ch.next()) {
                    ch.getAddedSubList().forEach(Accessibility::follow);
                }
            });
        }
    }

    private static void follow(Tab t) {
        t.contentProperty().addListener((o, was, now) -> follow(now));
        follow(t.getContent());
    }

    private static void link(Control c, Tooltip t) {
        c.accessibleTextProperty().unbind();
        if (t == null) {
            c.setAccessibleText(null);
        } else {
            c.accessibleTextProperty().bind(t.textProperty());
        }
    }
}
