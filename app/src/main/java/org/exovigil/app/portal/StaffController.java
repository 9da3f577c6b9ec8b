package org.exovigil.app.portal;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in side: one area per audience. Each area lists its work and says plainly which parts
 * are not there yet, rather than showing invented numbers.
 */
@Controller
class StaffController {

    @GetMapping("/staff")
    String staff(Authentication authentication, Model model) {
        model.addAttribute("areas", StaffArea.openTo(authentication));
        return "portal/staff";
    }

    @GetMapping({"/regulator", "/committee", "/provider", "/research"})
    String area(jakarta.servlet.http.HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        StaffArea area = Arrays.stream(StaffArea.values())
                .filter(candidate -> candidate.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", area);
        return "portal/area";
    }
}
