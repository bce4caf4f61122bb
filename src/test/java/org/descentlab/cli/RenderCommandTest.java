package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.descentlab.core.raster.Colormap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render draws with the headless toolkit, as in CI; presets and --preset on run. */
class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersAPngOfExactlyTheRequestedSize() throws Exception {
        Path out = dir.resolve("sphere.png");
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + y^2", "--domain", "-2,2,-1,1", "--out", out.toString(),
                "--size", "640x360", "--equal-scale", "false", "--start", "-1.5,0.8", "--run", "gd lr=0.1", "--run", "adam lr=0.2 start=1.5,-0.8");
        assertEquals(0, r.code(), r.err());
        // gd at lr 0.1 shrinks the point by 0.8 a step: 2·‖x₀‖·0.8^k <= 1e-6 first at k = 68
        assertEquals("stop: 1 converged at step 68", r.errLines().get(0));
        assertTrue(r.errLines().get(1).matches("stop: 2 converged at step \\d+"), r.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        // low ground near the minimum is dark, the far corner bright yellow (viridis), away from the paths
        int low = image.getRGB(pixelX(0.1, 640), pixelY(0.5, 360));
        int corner = image.getRGB(pixelX(-1.98, 640), pixelY(-0.98, 360));
        assertTrue(brightness(low) < brightness(corner) - 100, Integer.toHexString(low) + " vs " + Integer.toHexString(corner));
        assertTrue(isNear(corner, Colormap.VIRIDIS.argb(1)), Integer.toHexString(corner));
    }

    @Test
    void equalScaleIsOnByDefaultAndCanBeTurnedOff() throws Exception {
        // f is −1 for |x| < 1 and +1 beyond; the plot of an 800 × 400 picture is 640 × 342 pixels, so with
        // equal scale the domain [-1, 1]² widens to x in [-1.87, 1.87], and a tenth into the plot
        // (x = −1.50) is beyond the domain asked for, where f = +1 is bright
        for (String equal : new String[] {null, "true", "false"}) {
            Path out = dir.resolve("step-" + equal + ".png");
            List<String> args = new ArrayList<>(List.of("render", "--function", "signum(x^2 - 1)", "--domain", "-1,1,-1,1",
                    "--out", out.toString(), "--size", "800x400", "--contours", "0", "--scale", "linear"));
            if (equal != null) {
                args.addAll(List.of("--equal-scale", equal));
            }
            CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            BufferedImage image = ImageIO.read(out.toFile());
            int y = 14 + 342 / 2;
            int tenth = 64 + 64;
            int centre = 64 + 320;
            assertTrue(brightness(image.getRGB(centre, y)) < 200, "f = −1 at the centre is dark");
            boolean widened = !"false".equals(equal);
            assertEquals(widened, brightness(image.getRGB(tenth, y)) > 500, "equal scale " + equal);
        }
        assertEquals(2, CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out",
                dir.resolve("x.png").toString(), "--equal-scale", "maybe").code());
    }

    @Test
    void aDivergingPathIsDrawnOnlyOnItsOwnLine() throws Exception {
        // gd at lr 1.5 on x² + y² from (−4, 3) doubles and flips the point each step: every point is on
        // y = −0.75x, out to 1e8 and beyond; every red pixel drawn must be near that line
        Path out = dir.resolve("diverging.png");
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + y^2", "--domain", "-5,5,-5,5", "--out", out.toString(),
                "--size", "560x558", "--equal-scale", "false", "--contours", "0", "--start", "-4,3", "--run", "gd lr=1.5");
        assertEquals(0, r.code(), r.err());
        BufferedImage image = ImageIO.read(out.toFile());
        int red = 0;
        for (int py = 14; py < 14 + 500; py++) {
            for (int px = 64; px < 64 + 400; px++) {
                int argb = image.getRGB(px, py);
                if ((argb >> 16 & 0xFF) > 180 && (argb >> 8 & 0xFF) < 90 && (argb & 0xFF) < 120) {
                    red++;
                    double x = -5 + (px - 64 + 0.5) / 400 * 10;
                    double y = 5 - (py - 14 + 0.5) / 500 * 10;
                    // distance to 0.75x + y = 0 in pixels (40 px per unit in x, 50 in y)
                    double distance = Math.abs(0.75 * x + y) / Math.hypot(0.75 / 40, 1.0 / 50);
                    assertTrue(distance < 12, "a red pixel off the path at (" + px + ", " + py + "): " + distance + " px");
                }
            }
        }
        assertTrue(red > 300, "the path is drawn: " + red + " red pixels");
    }

    @Test
    void aPresetGivesFunctionDomainStartAndRuns() throws Exception {
        Path out = dir.resolve("rosenbrock.png");
        CliTest.Result r = CliTest.cli("render", "--preset", "rosenbrock", "--out", out.toString(), "--colormap", "magma");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.errLines().stream().filter(l -> l.startsWith("stop: ")).count());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
    }

    @Test
    void colormapNamesAreReadWhateverTheirCase() throws Exception {
        Path out = dir.resolve("viridis.png");
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + y^2", "--domain", "-1,1,-1,1", "--out", out.toString(),
                "--size", "240x150", "--colormap", "Viridis");
        assertEquals(new CliTest.Result(0, "", ""), r);
        assertEquals(0, CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out", out.toString(),
                "--size", "240x150", "--colormap", "MAGMA").code());
    }

    @Test
    void anOutNotEndingInPngIsWrittenAsAPngWithAWarning() throws Exception {
        Path out = dir.resolve("x.txt");
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + y^2", "--domain", "-1,1,-1,1", "--out", out.toString(),
                "--size", "240x150");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("warning: --out " + out + " does not end in .png; it is written as a PNG"), r.errLines());
        assertEquals(240, ImageIO.read(out.toFile()).getWidth());
        CliTest.Result upper = CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out",
                dir.resolve("X.PNG").toString(), "--size", "240x150");
        assertEquals(new CliTest.Result(0, "", ""), upper);
    }

    @Test
    void pixelScaleTwoDrawsTheSamePictureWithTwiceThePixelsEachWay() throws Exception {
        BufferedImage[] images = new BufferedImage[3];
        for (int scale : new int[] {1, 2}) {
            Path out = dir.resolve("bowl-" + scale + ".png");
            CliTest.Result r = CliTest.cli("render", "--function", "x^2 + y^2", "--domain", "-2,2,-2,2", "--out", out.toString(),
                    "--size", "500x300", "--pixel-scale", String.valueOf(scale), "--run", "gd lr=0.1", "--start", "1,1");
            assertEquals(0, r.code(), r.err());
            images[scale] = ImageIO.read(out.toFile());
            assertEquals(500 * scale, images[scale].getWidth());
            assertEquals(300 * scale, images[scale].getHeight());
        }
        // the same look: the heatmap's colours where the 1× picture has them (the plot is 340 × 242 at (64, 14)),
        // and the colour bar's (x from 64 + 340 + 14 = 418 to 434)
        for (int[] at : new int[][] {{100, 60}, {300, 200}, {180, 230}, {200, 30}, {426, 100}}) {
            int one = images[1].getRGB(at[0], at[1]);
            int two = images[2].getRGB(2 * at[0], 2 * at[1]);
            for (int shift = 0; shift < 24; shift += 8) {
                assertTrue(Math.abs((one >> shift & 0xFF) - (two >> shift & 0xFF)) <= 8, at[0] + ", " + at[1] + ": "
                        + Integer.toHexString(one) + " at 1×, " + Integer.toHexString(two) + " at 2×");
            }
        }
    }

    @Test
    void aPixelScaleOtherThanOneOrTwoOrTooLargeAPictureIsRefused() {
        Path out = dir.resolve("never.png");
        assertEquals(new CliTest.Result(2, "", "error: --pixel-scale must be 1 or 2, got '3'\n"), CliTest.cli("render",
                "--function", "x", "--domain", "-1,1,-1,1", "--out", out.toString(), "--pixel-scale", "3"));
        assertEquals(new CliTest.Result(2, "", "error: --size 5000x300 at --pixel-scale 2 is 10000x600 pixels; the largest"
                + " side drawn is 8192\n"), CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out",
                out.toString(), "--size", "5000x300", "--pixel-scale", "2"));
        assertFalse(Files.exists(out));
    }

    @Test
    void badInputExitsWithTwoAndLeavesNoFile() {
        Path out = dir.resolve("never.png");
        assertEquals(new CliTest.Result(2, "", "error: --domain: xmin must be less than xmax, got xmin 2 and xmax -2\n"),
                CliTest.cli("render", "--function", "x", "--domain", "2,-2,0,1", "--out", out.toString()));
        assertEquals(2, CliTest.cli("render", "--function", "sinn(x)", "--domain", "-1,1,-1,1", "--out", out.toString()).code());
        assertEquals(2, CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out", out.toString(),
                "--size", "10x10").code());
        assertEquals(2, CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out", out.toString(),
                "--run", "adam", "--start", "0,0", "--run", "adam beta1=7").code());
        assertEquals(2, CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out", out.toString(),
                "--colormap", "jet").code());
        assertEquals(2, CliTest.cli("render", "--preset", "nope", "--out", out.toString()).code());
        assertEquals(2, CliTest.cli("render", "--function", "x", "--domain", "-1,1,-1,1", "--out",
                dir.resolve("missing/dir/x.png").toString()).code());
        assertFalse(Files.exists(out));
        assertEquals(0, dir.toFile().list((d, name) -> name.endsWith(".part")).length);
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "a file");
        String[] draw = {"render", "--function", "x", "--domain", "-1,1,-1,1", "--start", "0.5,0.5", "--run", "gd"};
        assertEquals(new CliTest.Result(2, "", "error: cannot write " + dir + " (--out): it is a folder\n"),
                CliTest.cli(concat(draw, "--out", dir.toString())));
        assertEquals(new CliTest.Result(2, "", "error: cannot write " + file.resolve("x.png") + " (--out): " + file
                + " is a file, not a folder\n"), CliTest.cli(concat(draw, "--out", file.resolve("x.png").toString())));
        assertEquals(new CliTest.Result(2, "", "error: cannot write " + file.resolve("a/b/x.png") + " (--out): " + file
                + " is a file, not a folder\n"), CliTest.cli(concat(draw, "--out", file.resolve("a/b/x.png").toString())));
        // /proc takes no new files, whoever asks (chmod does not stop root)
        assertEquals(new CliTest.Result(2, "", "error: cannot write /proc/x.png (--out): the folder /proc cannot be written to\n"),
                CliTest.cli(concat(draw, "--out", "/proc/x.png")));
        Path picture = dir.resolve("picture.png");
        CliTest.Result scenario = CliTest.cli(concat(draw, "--out", picture.toString(), "--save-scenario", "/proc/x.json"));
        assertEquals(new CliTest.Result(2, "", "error: cannot write /proc/x.json (--save-scenario): the folder /proc cannot be"
                + " written to\n"), scenario);
        assertFalse(Files.exists(picture), "nothing drawn before the refusal");
        assertEquals(new CliTest.Result(2, "", "error: --out and --save-scenario are the same file, " + picture + ": give two"
                + " names\n"), CliTest.cli(concat(draw, "--out", picture.toString(), "--save-scenario", picture.toString())));
        Path alias = Files.createSymbolicLink(dir.resolve("alias.json"), file);
        assertEquals(new CliTest.Result(2, "", "error: --out and --save-scenario are the same file, " + file + ": give two"
                + " names\n"), CliTest.cli(concat(draw, "--out", file.toString(), "--save-scenario", alias.toString())));
        assertEquals("a file", Files.readString(file));
        assertEquals(0, dir.toFile().list((d, name) -> name.endsWith(".part")).length);
    }

    @Test
    void aStartInARunSpecIsHonouredAsCompareDoes() throws Exception {
        Path out = dir.resolve("start.png");
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + y^2", "--domain", "-2,2,-2,2", "--out", out.toString(),
                "--size", "300x200", "--run", "gd lr=0.1 start=1,1");
        assertEquals(new CliTest.Result(0, "", "stop: 1 converged at step 67\n"), r);
        assertEquals(CliTest.cli("compare", "--function", "x^2 + y^2", "--run", "gd lr=0.1 start=1,1").err(), r.err());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void presetsListsEveryPresetAndRunTakesOne() {
        CliTest.Result list = CliTest.cli("presets");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("rosenbrock  Rosenbrock  f = (1-x)^2 + 100*(y-x^2)^2"), list.out());
        assertTrue(list.out().contains("linear-regression  Mini-batches: linear regression  loss = (x*u + y - v)^2 over"
                + " linear-regression.csv\n"), list.out());
        assertEquals(42, list.outLines().size());
        CliTest.Result run = CliTest.cli("run", "--preset", "learning-rate-story");
        assertEquals(0, run.code(), run.err());
        assertEquals("0,-2.5,1.5,15.25,", run.outLines().get(1).substring(0, 17));
        assertTrue(run.err().startsWith("note: preset run: gd lr=0.01\n"), run.err());
        CliTest.Result explicit = CliTest.cli("run", "--preset", "sphere", "--optimizer", "adam", "--lr", "0.5", "--start", "1,1");
        assertEquals(0, explicit.code(), explicit.err());
        assertTrue(explicit.outLines().get(1).startsWith("0,1.0,1.0,2.0,"), explicit.outLines().get(1));
        assertNotEquals(0, CliTest.cli("run", "--preset", "nope").code());
    }

    /** Picture x of plane x for the domain [-2, 2] and the view's margins (left 64, right 96). */
    private static int pixelX(double x, int width) {
        return (int) (64 + (x + 2) / 4 * (width - 160));
    }

    /** Picture y of plane y for [-1, 1] and the margins (top 14, bottom 44). */
    private static int pixelY(double y, int height) {
        return (int) (14 + (1 - y) / 2 * (height - 58));
    }

    private static int brightness(int argb) {
        return (argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF);
    }

    private static boolean isNear(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 40) {
                return false;
            }
        }
        return true;
    }
}
