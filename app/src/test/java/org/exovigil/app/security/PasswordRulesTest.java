package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B: long enough, and not a password attackers try first. */
class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"amber kettle under the ferry", "a regulator's long passphrase", "安全な合言葉を十五文字以上で選びます"})
    void aLongUncommonPassphraseIsAccepted(String password) {
        assertThat(PasswordRules.check(password, "aiko")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "fourteen chars"})
    void fewerThanFifteenCharactersAreRefused(String password) {
        assertThat(PasswordRules.check(password, "aiko"))
                .hasValueSatisfying(
                        refused -> assertThat(refused.refusal().code()).isEqualTo(AccountRefusal.PASSWORD_TOO_SHORT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1qaz2wsx3edc4rfv",
                "qwertyuiop12345",
                "passwordpassword",
                "Password Password!",
                "iloveyou12345678",
                "123456789dragon",
                "aaaaaaaaaaaaaaaaaaaa",
                "abababababababababab"
            })
    void commonBreachedAndRepetitivePasswordsAreRefused(String password) {
        assertThat(PasswordRules.check(password, "aiko"))
                .hasValueSatisfying(
                        refused -> assertThat(refused.refusal().code()).isEqualTo(AccountRefusal.PASSWORD_COMMON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aiko's own long passphrase", "my exovigil passphrase"})
    void theAccountsOrTheServicesNameIsRefused(String password) {
        assertThat(PasswordRules.check(password, "Aiko"))
                .hasValueSatisfying(refused ->
                        assertThat(refused.refusal().code()).isEqualTo(AccountRefusal.PASSWORD_NAMES_ACCOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is far too long for bcrypt to read every byte of it, so it is refused"})
    void moreThan72BytesAreRefused(String password) {
        assertThat(PasswordRules.check(password, "aiko"))
                .hasValueSatisfying(
                        refused -> assertThat(refused.refusal().code()).isEqualTo(AccountRefusal.PASSWORD_TOO_LONG));
    }
}
