package org.exovigil.app.reports;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exovigil.app.audit.AuditLog;
import org.exovigil.app.security.SenderPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may read a report, and what of it. Regulators and administrators read everything, and each
 * reading of personal identifiers is an audit event; the sender reads what it sent; nobody else
 * learns that the report exists. The sender is its principal id (an account's or a token's row), not
 * its name.
 */
@Service
public class ReportReading {

    private static final Set<String> SEE_ALL = Set.of("ROLE_REGULATOR", "ROLE_ADMIN");

    private final ReportStore store;
    private final AuditLog audit;

    ReportReading(ReportStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public Optional<ObjectNode> forReader(UUID id, Authentication reader) {
        Set<String> roles = reader.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean seesAll = roles.stream().anyMatch(SEE_ALL::contains);
        return store.find(id)
                .filter(report -> seesAll || ownedBy(report, reader))
                .map(report -> view(report, reader));
    }

    /** Ownership is the principal id, never the name: a token or account named like another owns nothing of it. */
    private static boolean ownedBy(StoredReport report, Authentication reader) {
        return SenderPrincipal.find(reader)
                .map(principal -> principal.id().equals(report.senderPrincipal()))
                .orElse(false);
    }

    private ObjectNode view(StoredReport report, Authentication reader) {
        ObjectNode identifiers =
                store.personalData(report.id(), report.version()).orElse(JsonNodeFactory.instance.objectNode());
        if (!identifiers.isEmpty()) {
            audit.append(
                    reader.getName(),
                    "report.personal-data.read",
                    "report:" + report.reference(),
                    "version=" + report.version());
        }
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        view.put("id", report.id().toString());
        view.put("reference", report.reference());
        view.put("version", report.version());
        view.put("receivedAt", report.receivedAt().toString());
        view.put("channel", report.channel());
        view.put("verification", report.verification());
        view.put("nullified", report.nullified());
        view.put("closed", report.closed());
        view.set("report", PersonalData.join(report.clinical(), identifiers));
        if (identifiers.has(PersonalData.CONTACT)) {
            view.put("reporterContact", identifiers.get(PersonalData.CONTACT).asString());
        }
        view.setAll(report.assessment());
        return view;
    }
}
