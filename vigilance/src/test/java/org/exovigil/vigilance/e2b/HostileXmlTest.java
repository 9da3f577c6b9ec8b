package org.exovigil.vigilance.e2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exovigil.vigilance.e2b.E2bFixtures.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.ProblemCode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents written to attack an XML parser (OWASP XXE Prevention Cheat Sheet) are refused with one
 * problem and never expanded: no file is read, no URL fetched, no entity multiplied.
 */
class HostileXmlTest {

    @TempDir
    Path dir;

    private Path secret() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PATIENT-LIST");
    }

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <ichicsr>&lol9;</ichicsr>
            """;

    private static Problem onlyProblem(Checked<?> checked) {
        assertThat(checked.problems()).hasSize(1);
        return checked.problems().getFirst();
    }

    private static Checked<IcsrBatch> readR3(String xml) {
        return Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> E2bReader.withDefaults().read(utf8(xml)));
    }

    private static Checked<IcsrBatch> readR2(String xml) {
        return Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> IchicsrReader.withDefaults().read(utf8(xml)));
    }

    @Test
    void anExternalEntityThatWouldReadALocalFileIsRefused() throws IOException {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE MCCI_IN200100UV01 [<!ENTITY leak SYSTEM "%s">]>
                <MCCI_IN200100UV01 xmlns="urn:hl7-org:v3"><id root="2.16.840.1.113883.3.989.2.1.3.22" extension="&leak;"/></MCCI_IN200100UV01>
                """.formatted(secret().toUri());

        for (Checked<IcsrBatch> read : List.of(readR3(xxe), readR2(xxe.replace("MCCI_IN200100UV01", "ichicsr")))) {
            Problem problem = onlyProblem(read);
            assertThat(problem.code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
            assertThat(problem.toString()).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void theBillionLaughsAreRefusedBeforeTheFirstLaugh() {
        assertThat(onlyProblem(readR3(BILLION_LAUGHS)).code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
        assertThat(onlyProblem(readR2(BILLION_LAUGHS)).toString())
                .isEqualTo(
                        "EXO-1210: expected no entity declarations, got <!ENTITY lol>: entities are refused, never expanded");
    }

    @Test
    void anExternalDtdIsNeverRead() throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY planted \"LOADED-FROM-DTD\">");
        String xml = """
                <!DOCTYPE ichicsr SYSTEM "%s">
                <ichicsr><ichicsrmessageheader><messagenumb>&planted;</messagenumb></ichicsrmessageheader><safetyreport/></ichicsr>
                """.formatted(dtd.toUri());

        Problem r3 = onlyProblem(readR3(xml));
        Checked<IcsrBatch> r2 = readR2(xml);

        assertThat(r3.code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
        assertThat(r3.message()).startsWith("expected no DOCTYPE");
        // The R2 reader tolerates the DOCTYPE of the FAERS files but never loads the DTD it names: the
        // entity the DTD would define is skipped, as XML 1.0 §4.4.3 allows for an unread external subset.
        assertThat(r2.value().batchId()).isEmpty();
    }

    @Test
    void aParameterEntityFetchingAUrlIsRefused() {
        String xml = """
                <!DOCTYPE ichicsr [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>
                <ichicsr/>
                """;

        assertThat(onlyProblem(readR3(xml)).code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
        assertThat(onlyProblem(readR2(xml)).code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
    }

    @Test
    void anXIncludeIsNotFollowed() throws IOException {
        String xml = """
                <ichicsr xmlns:xi="http://www.w3.org/2001/XInclude">
                  <ichicsrmessageheader><messagenumb><xi:include href="%s" parse="text"/></messagenumb></ichicsrmessageheader>
                  <safetyreport/>
                </ichicsr>
                """.formatted(secret().toUri());

        Checked<IcsrBatch> read = readR2(xml);

        assertThat(read.isAccepted()).isTrue();
        assertThat(read.value().batchId()).isEmpty();
    }

    @Test
    void deeplyNestedElementsAreRefusedNotRecursedInto() {
        String xml = "<a>".repeat(5_000) + "</a>".repeat(5_000);

        assertThat(onlyProblem(readR3(xml)).code()).isEqualTo(ProblemCode.NOT_XML);
    }
}
