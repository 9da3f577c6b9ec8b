package org.exovigil.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void nothingConfiguredTrustsNobody() {
        assertThat(TrustedProxies.parse("").none()).isTrue();
        assertThat(TrustedProxies.parse(" , ").none()).isTrue();
    }

    @Test
    void aBareAddressIsABlockOfOneAndBlocksAreKept() {
        assertThat(TrustedProxies.parse("10.0.0.5, 192.168.0.0/16,::1").asCidrList())
                .isEqualTo("10.0.0.5/32, 192.168.0.0/16, 0:0:0:0:0:0:0:1/128");
    }

    @Test
    void aNameOrAMalformedBlockIsRefusedNamingTheSettingAndTheEntry() {
        for (String wrong : new String[] {"proxy.example", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "10.0.0.256"}) {
            assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.5, " + wrong))
                    .hasMessageContaining("exovigil.trusted-proxies")
                    .hasMessageContaining("\"" + wrong + "\"");
        }
    }
}
