package org.exovigil.app.watch;

import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<WatchDashboard.Field, java.util.List<WatchDashboard.Count>> lists = new LinkedHashMap<>();
        for (WatchDashboard.Field field : WatchDashboard.Field.values()) {
            lists.put(field, dashboard.byList(field));
        }
        model.addAttribute("totals", dashboard.totals());
        model.addAttribute("countries", dashboard.byCountry());
        model.addAttribute("claims", dashboard.byClaim());
        model.addAttribute("lists", lists);
        model.addAttribute("prices", dashboard.prices());
        model.addAttribute("sites", dashboard.sites());
        return "watch/dashboard";
    }
}
