package org.descentlab.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** core is the maths, usable from a test, the CLI or another program: it never touches JavaFX. */
class CoreIsFreeOfJavaFxTest {

    private static final Pattern JAVAFX = Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.|\\bjavafx(\\.[a-z0-9]+)+\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void noSourceFileUnderCoreMentionsJavaFx() throws IOException {
        Path core = Path.of("src/main/java/org/descentlab/core");
        assertTrue(Files.isDirectory(core), "run from the project folder");
        List<Path> offenders;
        long files;
        try (Stream<Path> walk = Files.walk(core)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
            files = sources.size();
            offenders = sources.stream().filter(CoreIsFreeOfJavaFxTest::mentionsJavaFx).collect(Collectors.toList());
        }
        assertTrue(files > 20, "found the core sources: " + files);
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckWouldCatchAnImport() {
        assertTrue(JAVAFX.matcher("package x;\nimport javafx.scene.paint.Color;\n").find());
        assertTrue(JAVAFX.matcher("var c = javafx.scene.paint.Color.RED;").find());
    }

    private static boolean mentionsJavaFx(Path p) {
        try {
            return JAVAFX.matcher(Files.readString(p)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
