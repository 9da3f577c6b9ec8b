package org.exovigil.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PersonalDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String REPORT = """
            {"senderReportId": "PD-1", "receivedOn": "2026-11-20",
             "reporter": {"name": "Hanako Sato", "organisation": "Example Clinic", "qualification": "physician",
                          "country": "JP", "details": {"street": "1-2-3 Ginza", "email": "sato@example.jp"}},
             "otherReporters": [{"name": "Taro Sato", "qualification": "consumer"}],
             "sender": {"type": "pharmaceutical_company", "organisation": "Example Biologics", "givenName": "Kenji",
                        "familyName": "Yamada", "telephone": "+81 3 1234 5678", "email": "safety@example.jp"},
             "patient": {"initials": "AB", "birthDate": "1972-03-14", "sex": "female", "ageYears": 54,
                         "recordNumbers": {"hospital": "H-77123"},
                         "parent": {"initials": "MJ", "birthDate": "1950-01-02", "ageYears": 76}},
             "context": {"documentTitles": ["Autopsy report"],
                         "attachments": [{"part": "document", "index": 0, "mediaType": "text/plain",
                                          "content": "SGFuYWtvIFNhdG8="}]},
             "reactions": [{"term": "sepsis"}]}""";

    @Test
    void whoThePeopleAreAndHowToReachThemLeaveTheClinicalPart() {
        PersonalData split = PersonalData.split((ObjectNode) JSON.readTree(REPORT));

        String clinical = split.clinical().toString();
        assertThat(clinical)
                .doesNotContain(
                        "Hanako",
                        "Example Clinic",
                        "Ginza",
                        "sato@",
                        "Taro",
                        "Kenji",
                        "Yamada",
                        "+81",
                        "AB",
                        "1972-03-14",
                        "MJ",
                        "1950-01-02",
                        "SGFuYWtvIFNhdG8=",
                        "H-77123")
                .contains(
                        "physician",
                        "Example Biologics",
                        "female",
                        "sepsis",
                        "\"ageYears\":54",
                        "\"ageYears\":76",
                        "Autopsy report");
    }

    @Test
    void joiningThePartsGivesTheReportBackAsReceived() {
        ObjectNode report = (ObjectNode) JSON.readTree(REPORT);
        PersonalData split = PersonalData.split(report);

        assertThat(PersonalData.join(split.clinical(), split.identifiers())).isEqualTo(report);
    }
}
