package org.descentlab.ui.analysis;

import javafx.scene.layout.VBox;

/**
 * The side panel's Analysis section: a switch and the settings of each thing drawn over the landscape
 * to show its shape and where descent ends, each part in a section of its own.
 */
public final class AnalysisPane extends VBox {

    /** @param local the local geometry at the playhead, whose words the gradient-field section shows */
    public AnalysisPane(AnalysisViewModel vm, CriticalPointsViewModel criticalPoints, ManyStartsViewModel starts,
            BasinsViewModel basins, LocalGeometryViewModel local) {
        setSpacing(6);
        setId("analysis-pane");
        getChildren().addAll(new CriticalPointsSection(criticalPoints), new ManyStartsSection(vm, starts),
                new BasinsPane(vm, basins), new FieldSection(vm, local));
    }
}
