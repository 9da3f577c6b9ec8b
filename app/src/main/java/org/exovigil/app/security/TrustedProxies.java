package org.exovigil.app.security;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import org.exovigil.app.limits.ClientOrigin;

/**
 * The proxies whose forwarded headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are believed,
 * as addresses or CIDR blocks ({@code exovigil.trusted-proxies}). Anyone can send those headers, so
 * believing them from any other peer would let a client choose its own address, and with it a fresh
 * rate-limit budget (OWASP ASVS 4.0.3 V14.5.2 does not trust client-set headers). Addresses are read as
 * literals, never looked up: a name here would make trust depend on DNS.
 */
record TrustedProxies(List<String> blocks) {

    /** Parses a comma-separated list; a bare address is a block of one (/32 or /128). */
    static TrustedProxies parse(String configured) {
        return new TrustedProxies(Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::block)
                .toList());
    }

    boolean none() {
        return blocks.isEmpty();
    }

    /** The form Tomcat's RemoteIpValve takes: CIDR blocks, comma-separated. */
    String asCidrList() {
        return String.join(", ", blocks);
    }

    private static String block(String entry) {
        int slash = entry.indexOf('/');
        try {
            InetAddress address = ClientOrigin.literal(slash < 0 ? entry : entry.substring(0, slash))
                    .orElseThrow(() -> refused(entry));
            int width = address.getAddress().length * 8;
            int bits = slash < 0 ? width : Integer.parseInt(entry.substring(slash + 1));
            if (bits < 0 || bits > width) {
                throw refused(entry);
            }
            return address.getHostAddress() + "/" + bits;
        } catch (IllegalArgumentException notAnAddressOrNumber) {
            throw refused(entry);
        }
    }

    private static IllegalArgumentException refused(String entry) {
        return new IllegalArgumentException("exovigil.trusted-proxies: expected IP addresses or CIDR blocks"
                + " separated by commas (e.g. 10.0.0.5, 192.168.0.0/16, ::1), got \"" + entry + "\"");
    }
}
