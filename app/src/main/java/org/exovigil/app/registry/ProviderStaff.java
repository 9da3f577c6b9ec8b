package org.exovigil.app.registry;

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

    @Transactional
    public String issueToken(String name, Role role, long providerId) {
        String token = tokens.issue(name, role);
        link(name, providerId);
        return token;
    }

    private void link(String name, long providerId) {
        if (!members.link(name, providerId)) {
            throw new AccountRefused(RegistryRefusal.NO_SUCH_PROVIDER, providerId);
        }
    }
}
