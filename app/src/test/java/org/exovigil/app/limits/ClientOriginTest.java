package org.exovigil.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientOriginTest {

    @Test
    void anIpv4ClientIsItsAddress() {
        assertThat(ClientOrigin.of("203.0.113.7").key()).isEqualTo("203.0.113.7");
    }

    @Test
    void everyAddressOfOneIpv6SubscriberIsOneOrigin() {
        // A subscriber holds a whole /64 and may use a new address from it for every request.
        assertThat(ClientOrigin.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(ClientOrigin.of("2001:db8:1:2::1"))
                .isNotEqualTo(ClientOrigin.of("2001:db8:1:3::1"));
        assertThat(ClientOrigin.of("2001:db8:1:2::1").key()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Client() {
        assertThat(ClientOrigin.of("::ffff:203.0.113.7").key()).isEqualTo("203.0.113.7");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsGivenAndBounded() {
        assertThat(ClientOrigin.of((String) null).key()).isEqualTo("unknown");
        assertThat(ClientOrigin.of("").key()).isEqualTo("unknown");
        assertThat(ClientOrigin.of("x".repeat(500)).key()).hasSize(64);
    }
}
