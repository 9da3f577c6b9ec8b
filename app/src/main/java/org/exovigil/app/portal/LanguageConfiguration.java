package org.exovigil.app.portal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks English and Japanese. The browser's preference decides until the person picks
 * a language with {@code ?lang=}, which a cookie then remembers. Times are shown in the reader's zone
 * ({@link ReaderZone}), which the same resolver gives Spring as the request's time zone.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("exovigil-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var preferred = Locale.lookup(
                    Locale.LanguageRange.parse(headerOrEnglish(request.getHeader("Accept-Language"))), LANGUAGES);
            return preferred == null ? Locale.ENGLISH : preferred;
        });
        // Runs once the language is resolved (the resolver sets it first), so a zone can follow the language.
        resolver.setDefaultTimeZoneFunction(request -> ReaderZone.of(
                request, (Locale) request.getAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME)));
        return resolver;
    }

    private static String headerOrEnglish(String header) {
        try {
            return header == null || header.isBlank()
                    ? "en"
                    : Locale.LanguageRange.parse(header).isEmpty() ? "en" : header;
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
