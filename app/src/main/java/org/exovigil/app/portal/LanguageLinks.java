package org.exovigil.app.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The same page in each language, so switching language keeps a search or a form where it is. */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        var links = new LinkedHashMap<String, String>();
        for (Locale language : LanguageConfiguration.LANGUAGES) {
            links.put(
                    language.getLanguage(),
                    ServletUriComponentsBuilder.fromCurrentRequest()
                            .replaceQueryParam("lang", language.getLanguage())
                            .build()
                            .toUriString());
        }
        return links;
    }
}
