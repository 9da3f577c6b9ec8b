package org.exovigil.app.security;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets a machine sender check its token before it sends reports. */
@RestController
class WhoAmIController {

    record Identity(String name, List<String> roles) {}

    @GetMapping("/api/v1/whoami")
    @Operation(
            summary = "Who the request is authenticated as",
            description = "Answers 401 without a valid session or bearer token.")
    Identity whoAmI(Authentication authentication) {
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .toList();
        return new Identity(authentication.getName(), roles);
    }
}
