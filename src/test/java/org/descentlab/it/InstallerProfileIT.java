package org.descentlab.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installer profile ({@code mvn -Pinstaller package}) is not built by CI, which has no need for
 * fakeroot: this keeps what it is made of true against the packaged jar. Its runtime holds every JDK
 * module the jar and its libs use, its launcher starts the jar's main class, and its icon is there.
 */
class InstallerProfileIT {

    private static Element profile;
    private static Element project;

    @BeforeAll
    static void readThePom() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        project = pom.getDocumentElement();
        NodeList profiles = project.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if ("installer".equals(child(p, "id").getTextContent())) {
                profile = p;
            }
        }
        assertNotNull(profile, "a profile with the id installer");
    }

    @Test
    void theTrimmedRuntimeHoldsEveryModuleJdepsFindsInTheJarAndItsLibs() throws IOException {
        Set<String> used = new TreeSet<>(jdepsModules());
        assertTrue(used.contains("java.desktop"), "jdeps ran and saw JavaFX's and ImageIO's needs: " + used);
        Set<String> listed = new TreeSet<>(Arrays.asList(property(profile, "installer.modules").split(",")));
        used.removeAll(listed);
        assertEquals(Set.of(), used, "add these to installer.modules in pom.xml");
        assertTrue(listed.contains("jdk.localedata"), "the number formats of the window's other language");
    }

    @Test
    void theLauncherStartsTheJarsMainClassAndTheProfileIsOnlyBuiltWhenAskedFor() throws IOException {
        List<String> image = arguments("installer-app-image");
        assertEquals("${main.class}", after(image, "--main-class"));
        assertEquals("${project.build.finalName}.jar", after(image, "--main-jar"));
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertEquals(property(project, "main.class"), jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        assertEquals(null, child(profile, "activation"), "mvn test, verify and javafx:run never need jpackage");
        List<String> pack = arguments("installer-package");
        assertEquals("${installer.dir}/${installer.name}", after(pack, "--app-image"), "the package holds the image built before it");
        assertEquals("libgtk-3-0", after(pack, "--linux-package-deps"));
    }

    @Test
    void theInstallersIconIsTheWindowsLargestAndIsInTheJar() throws IOException {
        List<String> image = arguments("installer-app-image");
        assertEquals("${installer.icon}", after(image, "--icon"));
        assertEquals("${installer.icon}", after(arguments("installer-package"), "--icon"));
        String icon = property(profile, "installer.icon").replace("${project.basedir}/", "");
        BufferedImage png = ImageIO.read(Path.of(icon).toFile());
        assertNotNull(png, icon + " reads as a picture");
        assertEquals(256, png.getWidth());
        assertEquals(256, png.getHeight());
        String inJar = icon.replace("src/main/resources/", "");
        try (JarFile jar = new JarFile(jar().toFile())) {
            for (int size : List.of(16, 32, 48, 64, 128, 256)) {
                String name = inJar.replace("-256.png", "-" + size + ".png");
                assertNotNull(jar.getEntry(name), name);
            }
        }
    }

    private static List<String> jdepsModules() throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("jdeps in this JDK"));
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                jar().toString()));
        try (Stream<Path> libs = Files.list(jar().resolveSibling("lib"))) {
            libs.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> args.add(p.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        return Arrays.asList(lines[lines.length - 1].strip().split(","));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("descentlab.jar", "target/descentlab.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar at " + jar);
        return jar;
    }

    /** The arguments of the profile's exec execution with this id. */
    private static List<String> arguments(String id) {
        NodeList executions = profile.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element e = (Element) executions.item(i);
            if (id.equals(child(e, "id").getTextContent())) {
                NodeList a = e.getElementsByTagName("argument");
                List<String> out = new ArrayList<>();
                for (int k = 0; k < a.getLength(); k++) {
                    out.add(a.item(k).getTextContent().strip());
                }
                return out;
            }
        }
        throw new AssertionError("no execution " + id + " in the installer profile");
    }

    private static String after(List<String> arguments, String option) {
        int at = arguments.indexOf(option);
        assertTrue(at >= 0 && at + 1 < arguments.size(), option + " in " + arguments);
        return arguments.get(at + 1);
    }

    private static String property(Element owner, String name) {
        Element value = child(child(owner, "properties"), name);
        assertNotNull(value, name);
        return value.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
