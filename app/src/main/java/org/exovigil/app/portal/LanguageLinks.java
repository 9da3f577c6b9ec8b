package org.exovigil.app.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The same page in each language, so switching language keeps a search or a form where it is. */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        var links = new LinkedHashMap<String, String>();
        for (Locale language : LanguageConfiguration.LANGUAGES) {
            links.put(
                    language.getLanguage(),
                    // Relative: the Host header is the client's to set, so it never goes into a link.
                    UriComponentsBuilder.fromPath(request.getRequestURI())
                            .query(request.getQueryString())
                            .replaceQueryParam("lang", language.getLanguage())
                            .build()
                            .toUriString());
        }
        return links;
    }
}
