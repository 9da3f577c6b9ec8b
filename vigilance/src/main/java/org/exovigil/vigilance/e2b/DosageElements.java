package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.at;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.List;
import org.exovigil.vigilance.model.Dosage;
import org.exovigil.vigilance.model.NullFlavor;
import org.exovigil.vigilance.model.TermAsSent;

/**
 * ICH E2B(R3) G.k.4.r, one dosage: a {@code substanceAdministration} whose {@code effectiveTime} is an
 * interval (G.k.4.r.4-5) or, with a frequency or a duration, a set of components: a periodic interval
 * (G.k.4.r.2-3), the dates, and a width (G.k.4.r.6). Then the route (G.k.4.r.10), the dose (G.k.4.r.1), the
 * lot and the dose form (G.k.4.r.7, G.k.4.r.9) and the parent route (G.k.4.r.11).
 */
final class DosageElements {

    private DosageElements() {}

    static Dosage read(XmlElement dosage, ElementValues values, int k) {
        XmlElement time = dosage.child("effectiveTime");
        XmlElement period = null;
        XmlElement dates = time;
        XmlElement width = time == null ? null : time.child("width");
        XmlElement unknown = time != null && time.isNull() ? time : null; // why G.k.4.r.4-5 are missing
        if (time != null && !time.children("comp").isEmpty()) {
            dates = null;
            for (XmlElement comp : time.children("comp")) {
                period = comp.child("period") != null ? comp.child("period") : period;
                dates = comp.child("low") != null || comp.child("high") != null ? comp : dates;
                width = comp.child("width") != null ? comp.child("width") : width;
                unknown = comp.isNull() ? comp : unknown;
            }
        }
        XmlElement dose = dosage.child("doseQuantity");
        XmlElement kind = dosage.at("consumable", "instanceOfKind");
        XmlElement lot = kind == null ? null : kind.at("productInstanceInstance", "lotNumberText");
        return new Dosage(
                values.decimal(dose, at("G.k.4.r.1a", k)),
                dose == null ? null : blankToNull(dose.attribute("unit")),
                values.decimal(period, at("G.k.4.r.2", k)),
                period == null ? null : blankToNull(period.attribute("unit")),
                dates == null ? null : values.partialDate(dates.child("low"), at("G.k.4.r.4", k)),
                dates == null ? null : values.partialDate(dates.child("high"), at("G.k.4.r.5", k)),
                values.decimal(width, at("G.k.4.r.6a", k)),
                width == null ? null : blankToNull(width.attribute("unit")),
                lot == null ? null : blankToNull(lot.text()),
                dosage.child("text") == null
                        ? null
                        : blankToNull(dosage.child("text").text()),
                term(kind == null ? null : kind.at("kindOfProduct", "formCode")),
                term(dosage.child("routeCode")),
                parentRoute(dosage),
                unknown == null ? null : NullFlavor.of(unknown.attribute("nullFlavor")));
    }

    /** Whether the dosages say more than a product's one lot, route, dose and start can hold. */
    static boolean sayMore(List<Dosage> dosages) {
        if (dosages.size() != 1) {
            return dosages.size() > 1;
        }
        Dosage only = dosages.getFirst();
        return only.endedOn() != null
                || only.interval() != null
                || only.duration() != null
                || only.form() != null
                || only.parentRoute() != null
                || only.datesUnknown() != null
                || only.startedOn() != null && only.startedOn().date() == null // a start to the year or month
                || only.startedOn() != null && only.startedOn().value().length() > 8; // or with a time
    }

    private static TermAsSent term(XmlElement coded) {
        if (coded == null) {
            return null;
        }
        return TermAsSent.of(
                coded.childText("originalText"),
                coded.isNull() ? null : coded.attribute("code"),
                coded.attribute("codeSystem"),
                coded.attribute("codeSystemVersion"));
    }

    private static TermAsSent parentRoute(XmlElement dosage) {
        for (XmlElement inbound : dosage.children("inboundRelationship")) {
            XmlElement observation = inbound.child("observation");
            if (observation != null && observation.hasCode(OBS_PARENT_ROUTE, OBSERVATION)) {
                return term(observation.child("value"));
            }
        }
        return null;
    }

    static void write(XmlWriter x, Dosage d) {
        x.start("outboundRelationship2", "typeCode", "COMP");
        x.start("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        if (d.text() != null) {
            x.text("text", d.text()); // G.k.4.r.8
        }
        time(x, d);
        if (d.route() != null) {
            coded(x, "routeCode", d.route()); // G.k.4.r.10
        }
        if (d.dose() != null || d.doseUnit() != null) {
            x.empty(
                    "doseQuantity",
                    "value",
                    d.dose() == null ? null : d.dose().toPlainString(),
                    "unit",
                    d.doseUnit(),
                    "nullFlavor",
                    d.dose() == null ? "UNK" : null); // G.k.4.r.1a/b
        }
        if (d.lot() != null || d.form() != null) {
            x.start("consumable", "typeCode", "CSM").start("instanceOfKind", "classCode", "INST");
            if (d.lot() != null) {
                x.start("productInstanceInstance", "classCode", "MMAT", "determinerCode", "INSTANCE");
                x.text("lotNumberText", d.lot()); // G.k.4.r.7
                x.end();
            }
            x.start("kindOfProduct", "classCode", "MMAT", "determinerCode", "KIND");
            if (d.form() != null) {
                coded(x, "formCode", d.form()); // G.k.4.r.9
            }
            x.end().end().end();
        }
        if (d.parentRoute() != null) {
            x.start("inboundRelationship", "typeCode", "REFR");
            x.start("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", OBS_PARENT_ROUTE, "codeSystem", OBSERVATION);
            coded(x, "value", d.parentRoute(), "xsi:type", "CE"); // G.k.4.r.11
            x.end().end();
        }
        x.end().end();
    }

    /** An interval of dates, or with a frequency or duration the set of components FDA's examples use. */
    private static void time(XmlWriter x, Dosage d) {
        boolean dated = d.startedOn() != null || d.endedOn() != null;
        if (d.interval() == null && d.duration() == null) {
            if (dated) {
                x.start("effectiveTime", "xsi:type", "IVL_TS");
                dates(x, d);
                x.end();
            } else if (d.datesUnknown() != null) {
                x.empty("effectiveTime", "nullFlavor", d.datesUnknown().code()); // why G.k.4.r.4-5 are missing
            }
            return;
        }
        x.start("effectiveTime", "xsi:type", "SXPR_TS");
        if (d.interval() != null) {
            x.start("comp", "xsi:type", "PIVL_TS");
            x.empty("period", "value", d.interval().toPlainString(), "unit", d.intervalUnit()); // G.k.4.r.2-3
            x.end();
        }
        if (dated) {
            x.start("comp", "xsi:type", "IVL_TS", "operator", "A");
            dates(x, d);
            x.end();
        } else if (d.datesUnknown() != null) {
            x.empty(
                    "comp",
                    "xsi:type",
                    "IVL_TS",
                    "operator",
                    "A",
                    "nullFlavor",
                    d.datesUnknown().code());
        }
        if (d.duration() != null) {
            x.start("comp", "xsi:type", "IVL_TS", "operator", "A");
            x.empty("width", "value", d.duration().toPlainString(), "unit", d.durationUnit()); // G.k.4.r.6
            x.end();
        }
        x.end();
    }

    private static void dates(XmlWriter x, Dosage d) {
        if (d.startedOn() != null) {
            x.empty("low", "value", d.startedOn().value()); // G.k.4.r.4
        }
        if (d.endedOn() != null) {
            x.empty("high", "value", d.endedOn().value()); // G.k.4.r.5
        }
    }

    private static void coded(XmlWriter x, String element, TermAsSent term, String... more) {
        String[] attributes = {
            "code",
            term.code(),
            "codeSystem",
            term.code() == null ? null : term.codeSystem(),
            "codeSystemVersion",
            term.code() == null ? null : term.codeSystemVersion()
        };
        String[] all = new String[more.length + attributes.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(attributes, 0, all, more.length, attributes.length);
        x.start(element, all);
        if (term.text() != null) {
            x.text("originalText", term.text());
        }
        x.end();
    }
}
