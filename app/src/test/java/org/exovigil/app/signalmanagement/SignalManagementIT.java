package org.exovigil.app.signalmanagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.exovigil.app.CaseCounting;
import org.exovigil.app.RunningExovigil;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.plans.Oversight;
import org.exovigil.app.plans.PlanFiling;
import org.exovigil.app.plans.PlanRefusal;
import org.exovigil.app.plans.ProvisionPlan;
import org.exovigil.app.plans.ProvisionPlans;
import org.exovigil.app.plans.ReviewStep;
import org.exovigil.app.products.LotRestrictions;
import org.exovigil.app.refusals.CoreProblem;
import org.exovigil.app.refusals.Outcome;
import org.exovigil.app.registry.Provider;
import org.exovigil.app.registry.Providers;
import org.exovigil.app.reports.Channel;
import org.exovigil.app.reports.Receipt;
import org.exovigil.app.reports.ReportIntake;
import org.exovigil.app.reports.Submission;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Role;
import org.exovigil.app.security.SenderPrincipal;
import org.exovigil.app.signals.ClusterAlert;
import org.exovigil.app.signals.ClusterAlerts;
import org.exovigil.vigilance.Checked;
import org.exovigil.vigilance.ProblemCode;
import org.exovigil.vigilance.json.ReportJson;
import org.exovigil.vigilance.model.IndividualCaseSafetyReport;
import org.exovigil.vigilance.signal.PriorityLevel;
import org.exovigil.vigilance.signal.Signal;
import org.exovigil.vigilance.signal.SignalAction;
import org.exovigil.vigilance.signal.SignalSource;
import org.exovigil.vigilance.signal.SignalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One signal from a cluster alert through every step of GVP Module IX to a lot hold and back out: the hold
 * shows wherever the lot appears while it is in force and nowhere once lifted, and the audit chain verifies.
 */
class SignalManagementIT extends RunningExovigil {

    private static final LocalDate TODAY = LocalDate.now();
    /** Tests share one database, kept between runs: each run names its own lot and clinic. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private static final String CLINIC = "Signal Walk Clinic " + RUN;
    private static final String WHO = "regulator-walk";

    @Autowired
    ReportIntake intake;

    @Autowired
    ClusterAlerts alerts;

    @Autowired
    CaseCounting watch;

    @Autowired
    SignalManagement signals;

    @Autowired
    LotRestrictions restrictions;

    @Autowired
    Providers providers;

    @Autowired
    AuditLog audit;

    @Autowired
    ProvisionPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void aSignalFromAClusterGoesThroughEveryStepToALotHoldAndBackOut() {
        long clinic = clinic();
        UUID first = receive("WALK-1", "WALK-LOT-1", "sepsis", TODAY.minusDays(6));
        receive("WALK-2", "WALK-LOT-1", "bacteraemia", TODAY.minusDays(3));
        watch.follow();
        ClusterAlert alert = alerts.withStatus("open").stream()
                .filter(a -> a.scopeName().equals("Walk Placenta EV, lot WALK-LOT-1-" + RUN))
                .findFirst()
                .orElseThrow();

        long id = signals.raise(SignalSource.Kind.CLUSTER_ALERT, String.valueOf(alert.id()), WHO)
                .value();
        assertThat(signals.raise(SignalSource.Kind.CLUSTER_ALERT, String.valueOf(alert.id()), WHO)
                        .value())
                .as("raising it again leads to the signal already open")
                .isEqualTo(id);
        var raised = signals.find(id).orElseThrow().stored();
        assertThat(raised.cases()).hasSize(2).contains(first);
        assertThat(raised.lotId()).isNotNull();
        assertThat(raised.score())
                .as("two recent serious infections: a high score")
                .isGreaterThanOrEqualTo(6.0);
        assertThat(signals.open()).extracting(SignalStore.Listed::id).contains(id);
        long lot = raised.lotId();

        assertThat(code(signals.act(id, SignalAction.Kind.LOT_HOLD, lot, "", "quality", TODAY, "too early", WHO)))
                .isEqualTo(ProblemCode.ACTION_TOO_EARLY.id());
        assertThat(code(signals.record(id, SignalManagement.Step.VALIDATE, null, "two cases", "", WHO)))
                .isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_EVIDENCE.id());
        done(signals.record(
                id,
                SignalManagement.Step.VALIDATE,
                null,
                "two serious infections, one lot, three days apart",
                "blood cultures of both cases",
                WHO));
        done(signals.record(
                id, SignalManagement.Step.PRIORITISE, PriorityLevel.HIGH, "serious and recent; sepsis", "", WHO));
        done(signals.record(
                id,
                SignalManagement.Step.ASSESS,
                null,
                "contamination of the lot is likely",
                "lot's sterility record; clinic's handling",
                WHO));
        done(signals.record(
                id, SignalManagement.Step.RECOMMEND, null, "hold the lot pending a sterility retest", "", WHO));
        assertThat(code(signals.act(id, SignalAction.Kind.LOT_HOLD, 999_999_999L, "", "quality", TODAY, "hold", WHO)))
                .isEqualTo(SignalManagementRefusal.LOT_UNKNOWN.id());
        done(signals.act(
                id, SignalAction.Kind.LOT_HOLD, lot, "", "quality team", TODAY.plusDays(14), "pending retest", WHO));

        assertThat(restrictions.ofLot(lot)).singleElement().satisfies(hold -> {
            assertThat(hold.recalled()).isFalse();
            assertThat(hold.lotNumber()).isEqualTo("WALK-LOT-1-" + RUN);
        });
        assertThat(restrictions.administeredBy(clinic))
                .extracting(LotRestrictions.Restriction::lotId)
                .containsExactly(lot);
        assertThat(restrictions.ofProduct(raised.productId())).hasSize(1);
        Receipt laterReceipt = receipt("WALK-3", "WALK-LOT-1", "injection site redness", TODAY);
        UUID later = laterReceipt.id();
        assertThat(restrictions.namedBy(later))
                .as("a new report naming the held lot says so")
                .extracting(LotRestrictions.Restriction::lotId)
                .containsExactly(lot);
        assertThat(laterReceipt.stoppedLots())
                .as("and so does its sender's receipt")
                .singleElement()
                .satisfies(stopped -> {
                    assertThat(stopped.lot()).isEqualTo("WALK-LOT-1-" + RUN);
                    assertThat(stopped.recalled()).isFalse();
                });
        var body = laterReceipt.body();
        assertThat(body.path("stoppedLots").path(0).path("restriction").asString())
                .isEqualTo("hold");
        assertThat(body.path("stoppedLots").path(0).path("since").asString()).isEqualTo(TODAY.toString());
        assertThat(body.path("stoppedLots").path(0).propertyNames())
                .as("the answer names the lot, never why or by which signal")
                .containsExactlyInAnyOrder("product", "lot", "restriction", "since");
        assertThat(body.has("valid") && body.has("id")).isTrue();
        assertThat(code(signals.record(id, SignalManagement.Step.CLOSE, null, "done", "", WHO)))
                .isEqualTo(ProblemCode.CLOSED_WITH_OPEN_ACTIONS.id());
        assertThat(code(signals.end(id, 1, "", WHO))).isEqualTo(ProblemCode.SIGNAL_STEP_WITHOUT_REASON.id());

        done(signals.end(id, 1, "retest sterile; lot released again", WHO));
        assertThat(restrictions.ofLot(lot)).isEmpty();
        assertThat(receipt("WALK-4", "WALK-LOT-1", "headache", TODAY).body().path("stoppedLots"))
                .as("once lifted, a new report's answer names no stopped lot")
                .isEmpty();
        assertThat(restrictions.administeredBy(clinic)).isEmpty();
        assertThat(restrictions.namedBy(later)).isEmpty();
        done(signals.record(id, SignalManagement.Step.CLOSE, null, "no further action", "", WHO));

        var closed = signals.find(id).orElseThrow();
        assertThat(closed.stored().signal().status()).isEqualTo(SignalStatus.CLOSED);
        assertThat(closed.stored().signal().steps())
                .extracting(step -> step.to())
                .containsExactly(
                        SignalStatus.VALIDATED,
                        SignalStatus.PRIORITISED,
                        SignalStatus.ASSESSED,
                        SignalStatus.RECOMMENDED,
                        SignalStatus.CLOSED);
        assertThat(closed.stored().signal().steps().getFirst().evidence())
                .singleElement()
                .satisfies(evidence -> assertThat(evidence.description()).isEqualTo("blood cultures of both cases"));
        assertThat(closed.stored().signal().actions()).singleElement().satisfies(action -> {
            assertThat(action.status()).isEqualTo(SignalAction.Status.LIFTED);
            assertThat(action.owner()).isEqualTo("quality team");
            assertThat(action.dueOn()).isEqualTo(TODAY.plusDays(14));
        });
        assertThat(closed.history())
                .extracting(SignalStore.HistoryEvent::action)
                .containsExactly(
                        "signal.raised",
                        "signal.validate",
                        "signal.prioritise",
                        "signal.assess",
                        "signal.recommend",
                        "signal.action.lot_hold",
                        "signal.action.lifted",
                        "signal.close");
        assertThat(signals.open()).extracting(SignalStore.Listed::id).doesNotContain(id);
        assertThat(audit.verify().firstBreak()).isEmpty();

        long again = signals.raise(SignalSource.Kind.CLUSTER_ALERT, String.valueOf(alert.id()), WHO)
                .value();
        assertThat(again).as("a closed signal's source can raise a new one").isNotEqualTo(id);
    }

    @Test
    void aSourceNotInTheRegisterRaisesNothing() {
        assertThat(code(signals.raise(SignalSource.Kind.CLUSTER_ALERT, "999999999", WHO)))
                .isEqualTo(SignalManagementRefusal.SOURCE_UNKNOWN.id());
        assertThat(code(signals.raise(SignalSource.Kind.SINGLE_CASE, "not-a-uuid", WHO)))
                .isEqualTo(SignalManagementRefusal.SOURCE_UNKNOWN.id());
        assertThat(code(signals.raise(SignalSource.Kind.LOT_RELEASE, "'; drop table signal; --", WHO)))
                .isEqualTo(SignalManagementRefusal.SOURCE_UNKNOWN.id());
        assertThat(code(signals.raise(
                        SignalSource.Kind.DISPROPORTIONALITY, "No Such EV" + SignalSources.PAIR_SEPARATOR + "x", WHO)))
                .isEqualTo(SignalManagementRefusal.SOURCE_UNKNOWN.id());
    }

    @Test
    void aSingleCaseRaisesASignalOfItsOwnWithItsLot() {
        UUID only = receive("WALK-SINGLE", "WALK-LOT-2", "敗血症", TODAY.minusDays(1));
        long id = signals.raise(SignalSource.Kind.SINGLE_CASE, only.toString(), WHO)
                .value();
        var stored = signals.find(id).orElseThrow().stored();
        assertThat(stored.cases()).containsExactly(only);
        assertThat(stored.lotId()).isNotNull();
        assertThat(stored.signal().source().description()).contains("敗血症", "Walk Placenta EV");
    }

    /** A source kind, a step and an action kind the page never offers are each refused with a code of its own. */
    @Test
    void anUnknownSourceKindStepOrActionKindIsRefusedWithItsOwnCode() throws Exception {
        UUID only = receive("WALK-KINDS", "WALK-LOT-4", "発熱", TODAY.minusDays(1));
        long id = signals.raise(SignalSource.Kind.SINGLE_CASE, only.toString(), WHO)
                .value();
        String token = tokens.issue("signal-kinds-regulator", Role.REGULATOR);

        assertThat(post("/regulator/signals", "kind=gossip&reference=1", token))
                .contains("EXO-1823", "gossip")
                .doesNotContain("EXO-1822");
        assertThat(post("/regulator/signals/" + id + "/steps", "step=jump&reason=r", token))
                .contains("EXO-1822", "jump");
        assertThat(post("/regulator/signals/" + id + "/actions", "kind=arrest&owner=q&reason=r", token))
                .contains("EXO-1824", "arrest")
                .doesNotContain("EXO-1822");
        post("/regulator/signals/" + id + "/steps", "step=validate&reason=r&evidence=culture", token);
        assertThat(signals.find(id).orElseThrow().stored().signal().status()).isEqualTo(SignalStatus.VALIDATED);
    }

    /** Posts a form as a regulator and reads the page the redirect leads to, where a refusal is shown once. */
    private String post(String path, String form, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return client.send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The core's limits are the record's (V24): the longest is stored, one more is refused with its code, not a 500. */
    @Test
    void theLongestReasonAndOwnerAreStoredAndOneCharacterMoreIsRefused() {
        UUID only = receive("WALK-LONG", "WALK-LOT-3", "発熱", TODAY.minusDays(1));
        long id = signals.raise(SignalSource.Kind.SINGLE_CASE, only.toString(), WHO)
                .value();
        String longest = "🦠".repeat(Signal.LONGEST_REASON);
        assertThat(code(signals.record(id, SignalManagement.Step.VALIDATE, null, longest + "🦠", "culture", WHO)))
                .isEqualTo("EXO-1813");
        done(signals.record(id, SignalManagement.Step.VALIDATE, null, longest, "culture", WHO));
        done(signals.record(id, SignalManagement.Step.PRIORITISE, PriorityLevel.LOW, "r", "", WHO));
        done(signals.record(id, SignalManagement.Step.ASSESS, null, "r", "narrative", WHO));
        done(signals.record(id, SignalManagement.Step.RECOMMEND, null, "notice", "", WHO));

        String owner = "担".repeat(Signal.LONGEST_OWNER);
        assertThat(code(signals.act(id, SignalAction.Kind.PUBLIC_NOTICE, null, "", owner + "担", TODAY, "r", WHO)))
                .isEqualTo("EXO-1813");
        assertThat(code(signals.act(id, SignalAction.Kind.PUBLIC_NOTICE, null, "", "c", TODAY, longest + "🦠", WHO)))
                .isEqualTo("EXO-1813");
        done(signals.act(id, SignalAction.Kind.PUBLIC_NOTICE, null, "", owner, TODAY, longest, WHO));

        var stored = signals.find(id).orElseThrow().stored().signal();
        assertThat(stored.steps().getFirst().reason()).isEqualTo(longest);
        assertThat(stored.actions().getFirst().owner()).isEqualTo(owner);
    }

    @Test
    void aPlanSuspensionSuspendsThePlanInTheRegisterAndLiftingItReinstatesIt() {
        long clinic = providers.add(new Provider(0, "Suspension Clinic " + RUN, "JP", "Kobe", null, null, false));
        long plan = plans.file(clinic, planFiling("Suspension Cord EV " + RUN), "suspension-doctor-" + RUN);
        plans.declareConflict(plan, "suspension-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        done(plans.decide(plan, "suspension-committee", true, all, "Complete.", ""));
        String number = plans.find(plan).orElseThrow().publicNumber();

        UUID only = receive("WALK-PLAN", "WALK-LOT-3", "sepsis", TODAY.minusDays(2));
        long id = signals.raise(SignalSource.Kind.SINGLE_CASE, only.toString(), WHO)
                .value();
        assertThat(code(signals.act(
                        id, SignalAction.Kind.PLAN_SUSPENSION, null, number, "committee", TODAY, "early", WHO)))
                .as("a suspension follows the recommendation; it is not a precaution")
                .isEqualTo(ProblemCode.ACTION_TOO_EARLY.id());
        assertThat(plans.find(plan).orElseThrow().status()).isEqualTo("accepted");
        done(signals.record(id, SignalManagement.Step.VALIDATE, null, "sepsis after IV", "blood culture", WHO));
        done(signals.record(id, SignalManagement.Step.PRIORITISE, PriorityLevel.HIGH, "serious", "", WHO));
        done(signals.record(id, SignalManagement.Step.ASSESS, null, "the plan's product", "case narrative", WHO));
        done(signals.record(id, SignalManagement.Step.RECOMMEND, null, "suspend the plan", "", WHO));

        assertThat(code(signals.act(
                        id, SignalAction.Kind.PLAN_SUSPENSION, null, "EXO-PLAN-1900-99999", "c", TODAY, "x", WHO)))
                .isEqualTo(SignalManagementRefusal.PLAN_UNKNOWN.id());
        done(signals.act(
                id,
                SignalAction.Kind.PLAN_SUSPENSION,
                null,
                " " + number + " ",
                "committee",
                TODAY.plusDays(30),
                "Sepsis after an infusion under this plan",
                WHO));
        var suspended = plans.find(plan).orElseThrow();
        assertThat(suspended.status()).isEqualTo("suspended");
        assertThat(suspended.statusReason()).isEqualTo("Sepsis after an infusion under this plan");
        assertThat(plans.registered(clinic))
                .as("the clinic's public page and the register list it, suspended")
                .extracting(ProvisionPlan::status)
                .containsExactly("suspended");
        assertThat(signals.find(id)
                        .orElseThrow()
                        .stored()
                        .signal()
                        .actions()
                        .getFirst()
                        .target())
                .isEqualTo("plan:" + number);

        assertThat(code(signals.act(
                        id, SignalAction.Kind.PLAN_SUSPENSION, null, number, "committee", TODAY, "again", WHO)))
                .as("a suspended plan is not suspended twice; the plan's own rule says so")
                .isEqualTo(PlanRefusal.OVERSIGHT_NOT_FROM_STATUS.id());
        assertThat(signals.find(id).orElseThrow().stored().signal().actions())
                .as("and the refused action is not kept")
                .hasSize(1);

        done(signals.end(id, 1, "retest clean; the clinic changed its supplier", WHO));
        var reinstated = plans.find(plan).orElseThrow();
        assertThat(reinstated.status()).isEqualTo("accepted");
        assertThat(plans.steps(plan)).extracting(ReviewStep::kind).containsSubsequence("suspended", "reinstated");
        assertThat(plans.steps(plan))
                .filteredOn(step -> step.kind().equals("suspended"))
                .singleElement()
                .satisfies(step -> assertThat(step.byWhom()).isEqualTo(WHO));
        assertThat(jdbc.sql("select action from audit_event where subject = ? order by id")
                        .param("plan:" + plan)
                        .query(String.class)
                        .list())
                .containsSubsequence("plan.suspended", "plan.reinstated");
        assertThat(signals.find(id).orElseThrow().history())
                .extracting(SignalStore.HistoryEvent::action)
                .containsSubsequence("signal.action.plan_suspension", "signal.action.lifted");
        assertThat(audit.verify().firstBreak()).isEmpty();
    }

    @Test
    void liftingASuspensionLeavesAPlanRevokedMeanwhileRevoked() {
        long clinic = providers.add(new Provider(0, "Revoked Clinic " + RUN, "JP", "Sendai", null, null, false));
        long plan = plans.file(clinic, planFiling("Revoked Cord EV " + RUN), "revoked-doctor-" + RUN);
        plans.declareConflict(plan, "suspension-committee", "");
        Map<String, String> all = new HashMap<>();
        plans.rules().checklist().forEach(item -> all.put(item.id(), "met"));
        done(plans.decide(plan, "suspension-committee", true, all, "Complete.", ""));
        String number = plans.find(plan).orElseThrow().publicNumber();
        UUID only = receive("WALK-REVOKE", "WALK-LOT-4", "sepsis", TODAY.minusDays(2));
        long id = signals.raise(SignalSource.Kind.SINGLE_CASE, only.toString(), WHO)
                .value();
        done(signals.record(id, SignalManagement.Step.VALIDATE, null, "sepsis", "culture", WHO));
        done(signals.record(id, SignalManagement.Step.PRIORITISE, PriorityLevel.HIGH, "serious", "", WHO));
        done(signals.record(id, SignalManagement.Step.ASSESS, null, "likely", "narrative", WHO));
        done(signals.record(id, SignalManagement.Step.RECOMMEND, null, "suspend", "", WHO));
        done(signals.act(id, SignalAction.Kind.PLAN_SUSPENSION, null, number, "c", TODAY, "suspend", WHO));
        done(plans.oversee(plan, "regulator-revoking", Oversight.REVOKE, "Unlicensed processing found"));

        done(signals.end(id, 1, "superseded by the revocation", WHO));
        assertThat(plans.find(plan).orElseThrow().status()).isEqualTo("revoked");
    }

    /** The clinic of this run's reports, in the register before any report names it (else a report creates it). */
    private synchronized long clinic() {
        if (clinicId == null) {
            clinicId = providers.add(new Provider(0, CLINIC, "US", "Omaha", null, null, false));
        }
        return clinicId;
    }

    private static Long clinicId;

    private static PlanFiling planFiling(String product) {
        return new PlanFiling(
                "JP",
                product,
                "exosome",
                "umbilical_cord",
                "allogeneic",
                "orthopedic_joint",
                "iv",
                "1e10 particles in 10 mL, once",
                "3",
                "Unapproved; risks: infection, fever; cost 200,000 yen; you may refuse.");
    }

    private static void done(Outcome<?> outcome) {
        assertThat(outcome.isDone()).as(() -> String.valueOf(outcome)).isTrue();
    }

    private static String code(Outcome<?> outcome) {
        assertThat(outcome.isDone()).as("refused").isFalse();
        return outcome.refusal().code() instanceof CoreProblem core
                ? core.id()
                : outcome.refusal().code().id();
    }

    private UUID receive(String id, String lot, String term, LocalDate onset) {
        return receipt(id, lot, term, onset).id();
    }

    private Receipt receipt(String id, String lot, String term, LocalDate onset) {
        clinic();
        String body = """
                {"senderReportId": "%s", "receivedOn": "%s", "country": "US",
                 "reporter": {"qualification": "physician", "country": "US"},
                 "patient": {"ageYears": 61, "sex": "female"},
                 "products": [{"role": "suspect", "name": "Walk Placenta EV", "type": "exosome", "route": "iv",
                               "lot": "%s-%s", "provider": "%s"}],
                 "reactions": [{"term": "%s", "onset": "%s", "seriousness": ["hospitalisation"]}]}""".formatted(id + "-" + RUN, TODAY, lot, RUN, CLINIC, term, onset);
        var report = (Checked.Accepted<IndividualCaseSafetyReport>) ReportJson.read(body);
        return intake.receive(new Submission(
                new SenderPrincipal("test:signal-walk", "signal-walk"), null, Channel.API, report.value()));
    }
}
