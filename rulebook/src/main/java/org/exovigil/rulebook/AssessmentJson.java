package org.exovigil.rulebook;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes assessments in the shape of spec/classify.md, field by field, so the order is the documented
 * one and unknown values are written as {@code null} rather than dropped. Fields beyond the contract:
 * {@code law_of} (the rulebook file applied, e.g. EU for DE), {@code status} on classifications and
 * requirements and citations (verified, secondary, inference, unverified, unsettled), and {@code message_ja}
 * on findings (the message in Japanese, right after {@code message}). The classification's reasoning is not
 * written here ({@code because} only reaches the explanation), so neither is its Japanese.
 */
final class AssessmentJson {

    private AssessmentJson() {}

    static String write(List<Assessment> assessments, boolean array) {
        var mapper = OfferingJson.MAPPER;
        Object tree;
        if (array) {
            var list = mapper.createArrayNode();
            assessments.forEach(a -> list.add(assessment(a)));
            tree = list;
        } else {
            tree = assessment(assessments.getFirst());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    static ObjectNode assessment(Assessment a) {
        var o = OfferingJson.MAPPER.createObjectNode();
        o.put("jurisdiction", a.jurisdiction());
        o.put("law_of", a.lawOf());
        o.put("as_of", a.asOf().toString());
        var rb = o.putObject("rulebook");
        rb.put("version", a.rulebookVersion());
        rb.put(
                "law_current_to",
                a.lawCurrentTo() == null ? null : a.lawCurrentTo().toString());
        var c = o.putObject("classification");
        c.put("code", a.classification().code());
        c.put("label", a.classification().label());
        c.put("status", a.classification().status());
        citations(c.putArray("citations"), a.classification().citations());
        o.put("verdict", a.verdict().code());
        var reqs = o.putArray("requirements");
        for (var r : a.requirements()) {
            var ro = reqs.addObject();
            ro.put("code", r.code());
            ro.put("label", r.label());
            if (r.satisfied() == null) ro.putNull("satisfied");
            else ro.put("satisfied", r.satisfied());
            ro.put("status", r.status());
            citations(ro.putArray("citations"), r.citations());
        }
        var fs = o.putArray("findings");
        for (var f : a.findings()) {
            var fo = fs.addObject();
            fo.put("code", f.code());
            fo.put("severity", f.severity().code());
            fo.put("message", f.message());
            fo.put("message_ja", f.messageJa());
            citations(fo.putArray("citations"), f.citations());
        }
        var ds = o.putArray("adverse_event_reporting");
        for (var d : a.adverseEventReporting()) {
            var dobj = ds.addObject();
            dobj.put("to", d.to());
            dobj.put("when", d.when());
            dobj.put("days", d.days());
            citations(dobj.putArray("citations"), d.citations());
        }
        var ex = o.putArray("explanation");
        a.explanation().forEach(ex::add);
        return o;
    }

    private static void citations(ArrayNode array, List<Citation> citations) {
        for (var c : citations) {
            var co = array.addObject();
            co.put("source", c.source());
            co.put("title", c.title());
            co.put("url", c.url());
            if (c.quote() != null) co.put("quote", c.quote());
            co.put("status", c.status());
        }
    }
}
