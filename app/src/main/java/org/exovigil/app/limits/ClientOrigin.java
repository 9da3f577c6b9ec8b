package org.exovigil.app.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a request comes from, as the limits count it: the client's address (behind a trusted proxy, the
 * one it forwards), and for IPv6 the /64 network, since one subscriber is given at least a whole /64 and
 * may take a new address from it for every request (RFC 6177 §2, RFC 7421 §1).
 */
public record ClientOrigin(String key) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public static ClientOrigin of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    public static ClientOrigin of(String address) {
        if (address == null || address.isBlank()) {
            return new ClientOrigin("unknown");
        }
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty()) {
            return new ClientOrigin(address.length() > 64 ? address.substring(0, 64) : address);
        }
        InetAddress literal = parsed.get();
        if (literal instanceof Inet6Address) {
            byte[] network = literal.getAddress();
            Arrays.fill(network, 8, 16, (byte) 0);
            return new ClientOrigin(network(network).getHostAddress() + "/64");
        }
        return new ClientOrigin(literal.getHostAddress());
    }

    /**
     * An IP address written as one, never looked up: {@link InetAddress#getByName} asks DNS for anything
     * that is not a literal, so only text shaped like an address reaches it.
     */
    public static Optional<InetAddress> literal(String text) {
        boolean v4 = IPV4.matcher(text).matches()
                && Arrays.stream(text.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!v4 && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    private static InetAddress network(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are an IPv6 address", impossible);
        }
    }
}
