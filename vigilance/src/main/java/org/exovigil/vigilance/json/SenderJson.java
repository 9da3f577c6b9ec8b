package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.putText;

import java.util.Set;
import org.exovigil.vigilance.model.Sender;
import org.exovigil.vigilance.model.SenderType;
import tools.jackson.databind.node.ObjectNode;

/** {@code sender}: ICH E2B(R3) C.3 as another system sent it, field by field as {@link Sender} names them. */
final class SenderJson {

    static final Set<String> FIELDS = Set.of(
            "type",
            "organisation",
            "department",
            "title",
            "givenName",
            "middleName",
            "familyName",
            "street",
            "city",
            "state",
            "postcode",
            "country",
            "telephone",
            "fax",
            "email");

    private SenderJson() {}

    static Sender read(JsonFields f) {
        return f.accept(Sender.of(
                f.code("type", SenderType.class),
                f.text("organisation"),
                f.text("department"),
                f.text("title"),
                f.text("givenName"),
                f.text("middleName"),
                f.text("familyName"),
                f.text("street"),
                f.text("city"),
                f.text("state"),
                f.text("postcode"),
                f.text("country"),
                f.text("telephone"),
                f.text("fax"),
                f.text("email")));
    }

    static void write(ObjectNode node, Sender s) {
        putText(node, "type", s.type() == null ? null : s.type().code());
        putText(node, "organisation", s.organisation());
        putText(node, "department", s.department());
        putText(node, "title", s.title());
        putText(node, "givenName", s.givenName());
        putText(node, "middleName", s.middleName());
        putText(node, "familyName", s.familyName());
        putText(node, "street", s.street());
        putText(node, "city", s.city());
        putText(node, "state", s.state());
        putText(node, "postcode", s.postcode());
        putText(node, "country", s.country());
        putText(node, "telephone", s.telephone());
        putText(node, "fax", s.fax());
        putText(node, "email", s.email());
    }
}
