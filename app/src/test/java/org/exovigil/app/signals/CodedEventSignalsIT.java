package org.exovigil.app.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exovigil.app.CaseStoreFollowers;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.signals.HyperparameterChoice;
import org.exovigil.signals.PairStatistics;
import org.exovigil.signals.SignalDetection;
import org.exovigil.signals.SignalInput;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.external.FaersQuarter;
import org.exovigil.vigilance.external.FaersReader;
import org.exovigil.vigilance.external.VaersReader;
import org.exovigil.vigilance.external.VaersYear;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.terminology.EventGroup;
import org.exovigil.vigilance.terminology.EventGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signals on coded events (issue 21): the event is a reaction's coded PT; at group level a group's PTs count as
 * one event, exactly as if they had been merged at PT level; public data sets are counted at the same levels,
 * and every table says which MedDRA version its events were coded in.
 */
class CodedEventSignalsIT extends RunningExovigil {

    private static final Path SHARED = Path.of("/work/shared/data/reference");
    private static final EventGroup SEPSIS =
            EventGroups.bundled().group("infusion_sepsis").orElseThrow();

    @Autowired
    ReportIntake intake;

    @Autowired
    CaseSignals signals;

    @Autowired
    ExternalDataSets dataSets;

    @Autowired
    ApiTokens tokens;

    @Autowired
    List<CaseStoreFollowers.Follower> followers;

    @Test
    void signalsAtGroupLevelAreThoseOfThePreferredTermsOfEachGroupMergedIntoOneEvent() {
        receive("GRP-1", "Grouptest Placenta EV", "Sepsis", "headache");
        receive("GRP-2", "Grouptest Placenta EV", "敗血症", null);
        receive("GRP-3", "Grouptest Placenta EV", "sepsis", "Sepsis");
        receive("GRP-4", "Grouptest Cord EV", "headache", null);
        receive("GRP-5", "Grouptest Cord EV", "rash", "sepsis");
        followers.forEach(CaseStoreFollowers.Follower::follow);

        SignalTable atGroups = signals.current(new SignalQuery(Stratification.NONE, null, null, EventLevel.GROUP));

        SignalInput merged = SignalInput.unstratified();
        for (CaseSignals.CaseRow row : signals.rows(EventLevel.PT)) {
            List<String> events = EventGroups.bundled().groups().stream()
                    .filter(group -> group.containsPreferredTermName(row.event()))
                    .map(EventKeys::groupEvent)
                    .toList();
            for (String event : events.isEmpty() ? List.of(row.event()) : events) {
                merged.add(row.caseId(), row.product(), event);
            }
        }
        List<PairStatistics> expected =
                SignalDetection.run(merged, HyperparameterChoice.fit()).pairs();

        assertThat(atGroups.rows()).hasSameSizeAs(expected);
        Map<String, PairStatistics> byPair = atGroups.rows().stream()
                .collect(Collectors.toMap(row -> row.product() + "|" + row.event(), Function.identity()));
        for (PairStatistics want : expected) {
            PairStatistics got = byPair.get(want.product() + "|" + want.event());
            assertThat(got).as(want.product() + " / " + want.event()).isNotNull();
            assertSame(got, want);
        }
        String group = EventKeys.groupEvent(SEPSIS);
        assertThat(atGroups.row("Grouptest Placenta EV", group))
                .get()
                .satisfies(row -> assertThat(row.n())
                        .as("three reports, one of them with two reactions in the group, coded once the coder has run")
                        .isEqualTo(3));
        assertThat(signals.casesOf("Grouptest Placenta EV", group, EventLevel.GROUP))
                .hasSize(3);
        assertThat(atGroups.terminology().level()).isEqualTo(EventLevel.GROUP);
    }

    @Test
    void aPublicDataSetIsCountedAtGroupLevelAndSaysWhichMeddraVersionItUsed() {
        var vaers = dataSets.store(
                "VAERS",
                "2017-levels",
                "test",
                "test",
                sink -> VaersReader.of(VaersYear.in(SHARED.resolve("vaers_2017")))
                        .read(sink));
        var faers = dataSets.store(
                "FAERS",
                "excerpt-levels",
                "test",
                "test",
                sink -> FaersReader.of(FaersQuarter.in(SHARED.resolve("faers_2022q4_excerpt")))
                        .read(sink));

        SignalTable pt = signals.ofDataSet(vaers.dataSet().id());
        SignalTable groups = signals.ofDataSet(vaers.dataSet().id(), EventLevel.GROUP);

        assertThat(vaers.dataSet().meddraVersions()).isNotEmpty().allMatch(version -> version.matches("\\d+\\.\\d+"));
        assertThat(pt.terminology().meddraVersions()).isEqualTo(vaers.dataSet().meddraVersions());
        assertThat(pt.terminology().versionStated()).isTrue();
        long sepsisReports = groups.rows().stream()
                .filter(row -> row.event().equals(EventKeys.groupEvent(SEPSIS)))
                .mapToLong(PairStatistics::nEvent)
                .findFirst()
                .orElse(0);
        assertThat(sepsisReports)
                .as("the group's PTs taken together hold at least as many reports as any one of them")
                .isGreaterThanOrEqualTo(pt.rows().stream()
                        .filter(row -> SEPSIS.containsPreferredTermName(row.event()))
                        .mapToLong(PairStatistics::nEvent)
                        .max()
                        .orElse(0));
        assertThat(groups.reports()).isEqualTo(pt.reports());
        assertThat(signals.ofDataSet(faers.dataSet().id()).terminology().versionStated())
                .as("FAERS does not state its MedDRA version")
                .isFalse();
    }

    @Test
    void theDownloadSaysWhatItsEventsWereCountedInBesideTheSpecsColumns() throws Exception {
        receive("GRP-CSV-1", "Grouptest Csv EV", "Sepsis", null);
        followers.forEach(CaseStoreFollowers.Follower::follow); // coded now, not whenever the schedule comes
        String token = tokens.issue("levels-reader", Role.RESEARCHER);

        HttpResponse<String> response = get("/research/signals.csv?level=group", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Exovigil-Event-Terminology"))
                .get()
                .asString()
                .startsWith("level=group; meddra=")
                .contains("vocabulary=");
        assertThat(response.body())
                .startsWith("product,event,n,n_product,n_event,n_total,expected,prr,")
                .contains("Grouptest Csv EV," + EventKeys.groupEvent(SEPSIS) + ",1,");
        assertThat(get("/research/signals.csv?level=hlt", token).statusCode())
                .as("HLT needs a loaded MedDRA release")
                .isEqualTo(400);
        assertThat(get("/research/signals.csv?level=llt", token).statusCode()).isEqualTo(400);
    }

    @Test
    void theSignalsPageOffersTheLevelsAndSaysWhatItsEventsWereCountedInInEnglishAndJapanese() throws Exception {
        receive("GRP-PAGE-1", "Grouptest Page EV", "Sepsis", null);
        String token = tokens.issue("levels-page-reader", Role.RESEARCHER);

        HttpResponse<String> english = get("/research/signals?level=group", token);
        HttpResponse<String> japanese = get("/research/signals?level=group", token, "ja");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains("id=\"level\"", "value=\"group\" selected", "id=\"signals-terminology\"")
                .contains("Events are Exovigil&#39;s event groups")
                .contains("Codes of Exovigil&#39;s open vocabulary, version");
        assertThat(japanese.body())
                .contains("事象は Exovigil の事象グループです", "事象を数える階層")
                .as("a group is shown by its Japanese title")
                .contains(SEPSIS.titleJa() + "（グループ）");
        assertThat(get("/research/signals?level=soc", token).body())
                .as("refused, with the form to choose again")
                .contains("EXO-2242")
                .contains("id=\"level\"");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return get(path, token, "en");
    }

    private HttpResponse<String> get(String path, String token, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSame(PairStatistics got, PairStatistics want) {
        assertThat(List.of(got.n(), got.nProduct(), got.nEvent(), got.nTotal()))
                .isEqualTo(List.of(want.n(), want.nProduct(), want.nEvent(), want.nTotal()));
        List<Double> gotValues = values(got);
        List<Double> wantValues = values(want);
        for (int i = 0; i < wantValues.size(); i++) {
            double w = wantValues.get(i);
            if (Double.isNaN(w)) {
                assertThat(gotValues.get(i)).isNaN();
            } else if (Double.isInfinite(w)) {
                assertThat(gotValues.get(i)).isEqualTo(w);
            } else {
                assertThat(gotValues.get(i)).isCloseTo(w, within(1e-9 * Math.max(1, Math.abs(w))));
            }
        }
    }

    private static List<Double> values(PairStatistics row) {
        return new ArrayList<>(List.of(
                row.expected(),
                row.prr(),
                row.prrLower(),
                row.prrUpper(),
                row.chi2(),
                row.ror(),
                row.rorLower(),
                row.rorUpper(),
                row.ic(),
                row.ic025(),
                row.ic975(),
                row.ebgm(),
                row.eb05(),
                row.eb95()));
    }

    private void receive(String id, String product, String term, String secondTerm) {
        LocalDate today = LocalDate.now();
        String reactions = "{\"term\": \"%s\"}".formatted(term)
                + (secondTerm == null ? "" : ", {\"term\": \"%s\"}".formatted(secondTerm));
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "mostRecentInfoOn": "%s", "country": "JP",
                 "reporter": {"qualification": "physician", "country": "JP"},
                 "patient": {"ageYears": %d},
                 "products": [{"role": "suspect", "name": "%s", "type": "exosome", "route": "iv"}],
                 "reactions": [%s]}""".formatted(id, today, today, 20 + Math.floorMod(id.hashCode(), 60), product, reactions);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        intake.receive(new Submission(
                new SenderPrincipal("test:levels-test", "levels-test"), null, Channel.API, report.value()));
    }
}
