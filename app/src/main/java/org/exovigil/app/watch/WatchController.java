package org.exovigil.app.watch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The watch dashboard for regulators and researchers. */
@Controller
class WatchController {

    private final WatchDashboard dashboard;

    WatchController(WatchDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/research/watch")
    String dashboard(Model model) {
        model.addAttribute("page", DashboardPage.of(dashboard));
        return "watch/dashboard";
    }
}
