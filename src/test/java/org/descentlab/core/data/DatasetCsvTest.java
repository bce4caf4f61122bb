package org.descentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.expr.SampleLoss;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetCsvTest {

    private static String refused(String csv) {
        return assertThrows(IllegalArgumentException.class, () -> DatasetCsv.parse(csv)).getMessage();
    }

    @Test
    void readsAHeaderAndRowsOfNumbers() {
        Dataset d = DatasetCsv.parse("u, v\r\n1,2\n\n -3.5e1 , .25\n");
        assertEquals(List.of("u", "v"), d.columns());
        assertEquals(2, d.size());
        assertEquals(-35, d.value(1, 0));
        assertEquals(0.25, d.value(1, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "u,v\\n1,2\\n3               | row 2 (line 3), column v: the value is missing",
        "u,v\\n1,2\\n3,             | row 2 (line 3), column v: the value is missing",
        "u,v\\n1,2,3                | row 1 (line 2) has 3 values; the header names 2 (u, v)",
        "u,v\\n1,2\\n3,abc          | row 2 (line 3), column v: 'abc' is not a finite number",
        "u,v\\nNaN,1                | row 1 (line 2), column u: 'NaN' is not a finite number",
        "u,v\\n1e999,1              | row 1 (line 2), column u: '1e999' is not a finite number",
        "u,v\\n0x10,1               | row 1 (line 2), column u: '0x10' is not a finite number",
        "u,v                        | no rows under the header (u,v)",
        "' '                        | the file is empty: it needs a header line of column names, then rows",
        "u,u\\n1,2                  | header (line 1): column 'u' is named twice",
        "u,x\\n1,2                  | header (line 1), column 2: column 'x' cannot be named so: x, y, pi, e and function names are taken",
        "u,2v\\n1,2                 | header (line 1), column 2: column '2v' is not a name: letters, digits and _, starting with a letter"})
    void refusesWithTheRowAndColumn(String csv, String message) {
        assertEquals(message, refused(csv.replace("\\n", "\n")));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstName() {
        // spreadsheets' "CSV UTF-8" starts with one
        Dataset d = DatasetCsv.parse("\uFEFFu,v\r\n1,2\r\n");
        assertEquals(List.of("u", "v"), d.columns());
        assertEquals(2, d.value(0, 1));
    }

    @Test
    void refusesMoreThan100000Rows() {
        String rows = "u\n" + "1\n".repeat(Dataset.MAX_ROWS);
        assertEquals(Dataset.MAX_ROWS, DatasetCsv.parse(rows).size());
        assertEquals("row 100001 (line 100002): more than 100,000 rows; a dataset is at most that", refused(rows + "2\n"));
    }

    @Test
    void aMissingFileIsSaidSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertEquals("there is no such file", assertThrows(IllegalArgumentException.class,
                () -> DatasetCsv.read(dir.resolve("none.csv"))).getMessage());
        Files.writeString(dir.resolve("a.csv"), "s,u\n1,0.5\n");
        assertEquals(2, DatasetCsv.read(dir.resolve("a.csv")).columns().size());
    }

    @Test
    void theLossReadsTheColumnsAsVariables() {
        SampleLoss loss = SampleLoss.read("(x*u + y - v)^2", List.of("u", "v"));
        assertEquals(1.0, loss.value(2, 1, new double[] {1, 4}));
        // implicit multiplication and functions, as in a function
        SampleLoss logistic = SampleLoss.read("log(1 + exp(-s(x u + y)))", List.of("u", "s"));
        assertEquals(Math.log(1 + Math.exp(-(-1) * (2 * 0.5 + 1))), logistic.value(2, 1, new double[] {0.5, -1}), 1e-15);
    }

    @Test
    void aLossNamingAColumnTheDataLacksIsRefusedWithItsColumn() {
        assertEquals("loss does not read: unknown name 'w': variables are x and y; the data's columns are u, v (column 12)",
                assertThrows(IllegalArgumentException.class, () -> SampleLoss.read("(x*u + y - w)^2", List.of("u", "v")))
                        .getMessage());
    }

    @Test
    void theMeanIsOverEveryRowAndASampleOverEvenlySpacedOnes() {
        Dataset d = DatasetCsv.parse("a\n1\n2\n3\n4\n");
        DatasetLoss mean = DatasetLoss.of(d, "x*a");
        assertEquals(2.5, mean.value(1, 0));
        assertEquals(2.0, mean.sample(2).value(1, 0), "rows 0 and 2: (1 + 3) / 2");
        assertEquals("mean over 2 of 4 rows", mean.sample(2).describe());
        assertEquals("mean over 4 rows", mean.sample(10).describe());
        assertEquals(3.5, mean.batch(new int[] {2, 3}).value(1, 0));
    }
}
