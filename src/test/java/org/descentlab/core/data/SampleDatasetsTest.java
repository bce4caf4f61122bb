package org.descentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SampleDatasetsTest {

    @Test
    void theShippedCsvsAreWhatTheGeneratorMakes() throws Exception {
        for (var e : SampleDatasets.FILES.entrySet()) {
            assertEquals(e.getValue().get(), Files.readString(Path.of("sample-functions", e.getKey())), e.getKey());
        }
    }
}
