package org.exovigil.watch.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An absolute http(s) address in normal form, so that one page has one address and is fetched once.
 * Normal form follows RFC 3986 §6.2.2 and §6.2.3: scheme and host in lower case (an international host
 * in its ASCII form, RFC 5890), no default port, no fragment, dot segments removed (§5.2.4), an empty
 * path written {@code /}, percent-escapes in upper case, unreserved characters unescaped, and characters
 * a URI may not hold (spaces, non-ASCII) percent-encoded as UTF-8, as browsers do. The query is kept in
 * its order: servers may care. User information ({@code user:pass@}) is dropped.
 */
record Address(URI uri) {

    private static final Pattern ABSOLUTE =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*)://([^/?#]*)([^?#]*)(\\?[^#]*)?(#.*)?", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile("[a-z0-9_.\\-]+|\\[[0-9a-f:.]+]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The address {@code text} in normal form, or empty when it is not an absolute http(s) address. */
    static Optional<Address> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ABSOLUTE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String authority = m.group(2);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = authority.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return Optional.empty();
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon + 1);
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            try {
                host = IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED)
                        .toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (host.isEmpty() || !HOST.matcher(host).matches() || !port.matches("\\d{0,5}")) {
            return Optional.empty();
        }
        int portNumber = port.isEmpty() ? -1 : Integer.parseInt(port);
        if (portNumber > 65535) {
            return Optional.empty();
        }
        if (portNumber == 80 && scheme.equals("http") || portNumber == 443 && scheme.equals("https")) {
            portNumber = -1;
        }
        String path = encode(m.group(3), false);
        String query = m.group(4) == null ? "" : "?" + encode(m.group(4).substring(1), true);
        String written = scheme + "://" + host + (portNumber < 0 ? "" : ":" + portNumber)
                + (path.isEmpty() ? "/" : path) + query;
        try {
            URI uri = new URI(written).normalize();
            String normalPath = uri.getRawPath();
            String withoutLeadingDots = normalPath;
            while (withoutLeadingDots.startsWith("/../")) {
                withoutLeadingDots = withoutLeadingDots.substring(3);
            }
            if (withoutLeadingDots.equals("/..")) {
                withoutLeadingDots = "/";
            }
            if (!withoutLeadingDots.equals(normalPath)) {
                uri = new URI(scheme + "://" + uri.getRawAuthority() + withoutLeadingDots + query);
            }
            return Optional.of(new Address(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The address a reference (a link's {@code href} or a {@code Location} header) points to from this
     * address, per RFC 3986 §5.2; empty when it is not an http(s) address.
     */
    Optional<Address> resolve(String reference) {
        String ref = reference.strip();
        if (ABSOLUTE.matcher(ref).matches()) {
            return of(ref);
        }
        if (ref.startsWith("//")) {
            return of(uri.getScheme() + ":" + ref);
        }
        if (ref.startsWith("?")) {
            return of(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + ref);
        }
        if (ref.isEmpty() || ref.startsWith("#")) {
            return Optional.of(this);
        }
        int hash = ref.indexOf('#');
        String withoutFragment = hash < 0 ? ref : ref.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        String relative = question < 0
                ? encode(withoutFragment, false)
                : encode(withoutFragment.substring(0, question), false) + "?"
                        + encode(withoutFragment.substring(question + 1), true);
        try {
            return of(uri.resolve(new URI(relative)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host, in lower case; the key of the per-host rate limit. */
    String host() {
        return uri.getHost();
    }

    /**
     * The site: the registered domain of the host (the public suffix plus one label, from the Public
     * Suffix List, with private suffixes such as {@code github.io} counted as public, so two users' pages
     * there are two sites). An IP address or a single-label host is its own site.
     */
    String site() {
        String host = host();
        if (host.startsWith("[") || IPV4.matcher(host).matches()) {
            return host;
        }
        String domain = EffectiveTldFinder.getAssignedDomain(host, false, false);
        return domain == null || domain.isEmpty() ? host : domain;
    }

    /** Scheme, host and port: the scope of one robots.txt (RFC 9309 §2.3). */
    String origin() {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    Address robotsTxt() {
        return new Address(URI.create(origin() + "/robots.txt"));
    }

    Address sitemapXml() {
        return new Address(URI.create(origin() + "/sitemap.xml"));
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    /**
     * {@code part} (a path, or a query when {@code query}) with the characters RFC 3986 allows there kept,
     * escapes of unreserved characters decoded, other escapes in upper case, and everything else
     * percent-encoded as UTF-8.
     */
    private static String encode(String part, boolean query) {
        var out = new StringBuilder(part.length() + 16);
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (c == '%' && isHex(part, i + 1) && isHex(part, i + 2)) {
                int value = Character.digit(part.charAt(i + 1), 16) * 16 + Character.digit(part.charAt(i + 2), 16);
                if (unreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
                }
                i += 3;
                continue;
            }
            int codePoint = part.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (codePoint < 0x80 && allowed(codePoint, query)) {
                out.append((char) codePoint);
            } else {
                for (byte b : part.substring(i, i + length).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += length;
        }
        return out.toString();
    }

    private static boolean isHex(String s, int index) {
        return index < s.length() && Character.digit(s.charAt(index), 16) >= 0 && s.charAt(index) < 0x80;
    }

    private static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0;
    }

    private static boolean allowed(int c, boolean query) {
        return unreserved(c) || "!$&'()*+,;=:@/".indexOf(c) >= 0 || query && c == '?';
    }
}
