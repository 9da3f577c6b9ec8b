package org.exovigil.app.registry;

import java.util.Optional;
import org.exovigil.app.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who acts for which provider: a clinic's staff accounts and its reporting system's token, by name. */
@Service
public class ProviderMembers {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProviderMembers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Makes the principal act for the provider; false when no such provider exists (or it was merged away). */
    @Transactional
    public boolean link(String principal, long providerId) {
        return link(principal, providerId, null);
    }

    /**
     * As {@link #link(String, long)}, recording who linked them: {@code actor} names the one who did it where
     * no one is signed in (the command line); null records whoever is signed in.
     */
    @Transactional
    public boolean link(String principal, long providerId, String actor) {
        boolean exists = jdbc.sql("select count(*) from provider where id = ? and merged_into is null")
                        .param(providerId)
                        .query(Long.class)
                        .single()
                == 1;
        if (!exists) {
            return false;
        }
        jdbc.sql("""
                        insert into provider_member (principal, provider_id) values (?, ?)
                        on conflict (principal) do update set provider_id = excluded.provider_id""").params(principal, providerId).update();
        if (actor == null) {
            audit.append("provider.member.linked", "provider:" + providerId, "principal=" + principal);
        } else {
            audit.append(actor, "provider.member.linked", "provider:" + providerId, "principal=" + principal);
        }
        return true;
    }

    public Optional<Provider> providerOf(String principal) {
        return jdbc.sql("""
                        select p.id, p.name, p.country, p.city, p.address, p.website, p.demo
                        from provider_member m join provider p on p.id = m.provider_id where m.principal = ?""").param(principal).query(Provider.class).optional();
    }

    /** Everyone who acts for the provider. */
    public java.util.Set<String> principalsOf(long providerId) {
        return java.util.Set.copyOf(jdbc.sql("select principal from provider_member where provider_id = ?")
                .param(providerId)
                .query(String.class)
                .list());
    }
}
