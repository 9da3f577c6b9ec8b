package org.exovigil.app.registry;

import java.util.Locale;
import org.exovigil.app.security.AccountRefused;
import org.exovigil.app.security.Accounts;
import org.exovigil.app.security.ApiTokens;
import org.exovigil.app.security.Invitation;
import org.exovigil.app.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and tokens that act for a provider, made in one step with their link: if the provider does
 * not exist, neither the account nor the token is created.
 */
@Service
public class ProviderStaff {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final ProviderMembers members;

    ProviderStaff(Accounts accounts, ApiTokens tokens, ProviderMembers members) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.members = members;
    }

    @Transactional
    public Invitation invite(String name, Role role, long providerId) {
        Invitation invitation = accounts.invite(name, role);
        link(name, providerId);
        return invitation;
    }

    /**
     * {@link #invite(String, Role, long)}, and when {@code email} is given the setup link e-mailed in {@code language}
     * as the administration page does ({@link Accounts#invite(String, Role, String, Locale, String)}): the same letter,
     * queued in this transaction, so a clinic that does not exist leaves neither the account nor its letter.
     */
    @Transactional
    public Invitation invite(String name, Role role, long providerId, String email, Locale language, String baseUrl) {
        Invitation invitation = accounts.invite(name, role, email, language, baseUrl);
        link(name, providerId);
        return invitation;
    }

    @Transactional
    public String issueToken(String name, Role role, long providerId) {
        String token = tokens.issue(name, role);
        link(name, providerId);
        return token;
    }

    /**
     * Links an account that already exists, such as a clinic person invited from the administration page, to
     * the provider they act for (or moves them to another); audited as {@code provider.member.linked}.
     *
     * @param actor who links them where no one is signed in (the command line); null for whoever is signed in
     * @return the provider they now act for
     */
    @Transactional
    public Provider linkExisting(String name, long providerId, String actor) {
        var account = accounts.find(name).orElseThrow(() -> new AccountRefused(RegistryRefusal.NO_SUCH_ACCOUNT, name));
        if (account.role() != Role.PROVIDER) {
            throw new AccountRefused(RegistryRefusal.NOT_A_CLINIC_ACCOUNT, name);
        }
        if (!members.link(name, providerId, actor)) {
            throw new AccountRefused(RegistryRefusal.NO_SUCH_PROVIDER, providerId);
        }
        return members.providerOf(name).orElseThrow();
    }

    private void link(String name, long providerId) {
        if (!members.link(name, providerId)) {
            throw new AccountRefused(RegistryRefusal.NO_SUCH_PROVIDER, providerId);
        }
    }
}
