package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IcsrVersionTest {

    @Test
    void fdasR3ExamplesAreR3() throws IOException {
        for (Path example : FdaExamplesTest.examples()) {
            assertThat(IcsrVersion.of(Files.readAllBytes(example)))
                    .as(example.toString())
                    .isEqualTo(IcsrVersion.R3);
        }
    }

    @Test
    void anIchicsrDocumentWithItsDoctypeAndCommentsIsR2() {
        String r2 = """
                \uFEFF<?xml version="1.0" encoding="UTF-8"?>
                <!-- exported by a safety database -->
                <!DOCTYPE ichicsr SYSTEM "http://eudravigilance.ema.europa.eu/dtd/icsr21xml.dtd">
                <ichicsr lang="en"><ichicsrmessageheader/></ichicsr>""";

        assertThat(IcsrVersion.of(r2.getBytes(StandardCharsets.UTF_8))).isEqualTo(IcsrVersion.R2);
    }

    @Test
    void somethingElseIsLeftToTheR3ReaderToRefuse() {
        assertThat(IcsrVersion.of("<html/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(IcsrVersion.R3);
        assertThat(IcsrVersion.of(new byte[0])).isEqualTo(IcsrVersion.R3);
        assertThat(IcsrVersion.read("not xml".getBytes(StandardCharsets.UTF_8)).isAccepted())
                .isFalse();
    }

    @Test
    void theFaersExtractsInR2AreReadAsR2() throws IOException {
        Path extracts = FdaExamplesTest.conformance().resolveSibling("reference/faers_xml_examples");
        java.util.List<Path> files;
        try (var listing = Files.list(extracts)) {
            files = listing.filter(f -> f.toString().endsWith(".xml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] xml = Files.readAllBytes(file);
            assertThat(IcsrVersion.of(xml)).as(file.toString()).isEqualTo(IcsrVersion.R2);
            assertThat(IcsrVersion.read(xml).isAccepted()).as(file.toString()).isTrue();
        }
    }
}
