package org.exovigil.app.rulebook;

import org.exovigil.rulebook.Rulebook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rulebook as one shared, immutable bean. It is loaded and validated at start-up, not on first use:
 * a rulebook with a broken file (EXO-2001..2006, naming file and line) then stops the application from
 * starting instead of failing a patient's request later.
 */
@Configuration(proxyBeanMethods = false)
class RulebookConfiguration {

    @Bean
    Rulebook rulebook() {
        return Rulebook.load();
    }
}
