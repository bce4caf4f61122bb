package org.descentlab.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The arrows that must never be drawn: core is the maths and never touches JavaFX; the optimizers know
 * nothing of grids and pictures; the window knows nothing of the command line. And the view-models need
 * no window: they use JavaFX's properties and lists, never its nodes, stages or toolkit.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/descentlab");

    private static Pattern uses(String packagePrefix) {
        String p = Pattern.quote(packagePrefix);
        return Pattern.compile("^\\s*import\\s+(static\\s+)?" + p + "|\\b" + p + "([a-z0-9_]+\\.)*[A-Z]", Pattern.MULTILINE);
    }

    private static List<Path> sources(Path folder) {
        assertTrue(Files.isDirectory(folder), "run from the project folder: " + folder);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> offenders(List<Path> sources, Pattern forbidden) {
        return sources.stream().filter(p -> {
            try {
                return forbidden.matcher(Files.readString(p)).find();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void coreImportsNoJavaFx() {
        List<Path> core = sources(MAIN.resolve("core"));
        assertTrue(core.size() > 20, "found the core sources: " + core.size());
        assertEquals(List.of(), offenders(core, uses("javafx.")));
    }

    @Test
    void optimizersImportNothingOfRaster() {
        List<Path> optim = sources(MAIN.resolve("core/optim"));
        assertTrue(optim.size() > 10);
        assertEquals(List.of(), offenders(optim, uses("org.descentlab.core.raster.")));
    }

    @Test
    void uiImportsNothingOfCli() {
        List<Path> ui = sources(MAIN.resolve("ui"));
        assertTrue(ui.size() > 20);
        assertEquals(List.of(), offenders(ui, uses("org.descentlab.cli.")));
    }

    @Test
    void viewModelsNeedNoWindow() {
        List<Path> models = sources(MAIN.resolve("ui")).stream().filter(p -> {
            String name = p.getFileName().toString();
            return name.endsWith("ViewModel.java") || p.getParent().endsWith("experiment");
        }).toList();
        assertTrue(models.size() >= 8, "found the view-models: " + models);
        for (String fx : List.of("javafx.scene.", "javafx.stage.", "javafx.application.", "javafx.animation.", "javafx.concurrent.")) {
            assertEquals(List.of(), offenders(models, uses(fx)), fx);
        }
    }

    @Test
    void theChecksWouldCatchAnImportOrAQualifiedName() {
        assertTrue(uses("javafx.").matcher("package x;\nimport javafx.scene.paint.Color;\n").find());
        assertTrue(uses("javafx.").matcher("var c = javafx.scene.paint.Color.RED;").find());
        assertTrue(uses("org.descentlab.cli.").matcher("import org.descentlab.cli.Cli;").find());
        assertTrue(uses("org.descentlab.core.raster.").matcher("org.descentlab.core.raster.Grid g;").find());
        assertTrue(!uses("javafx.").matcher("// a comment about javafx").find());
    }
}
