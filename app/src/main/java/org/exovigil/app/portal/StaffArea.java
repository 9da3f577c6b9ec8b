package org.exovigil.app.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The four staff audiences of the brief, the roles that open each area, and the work each area
 * holds (message keys; the capability's status is part of the text).
 */
enum StaffArea {
    REGULATOR(
            "regulator",
            Set.of("ROLE_REGULATOR", "ROLE_ADMIN"),
            List.of(
                    "queue",
                    "verification",
                    "events",
                    "decisions",
                    "signals",
                    "watch",
                    "register",
                    "products",
                    "plans",
                    "committees")),
    COMMITTEE(
            "committee",
            Set.of("ROLE_COMMITTEE", "ROLE_ADMIN"),
            List.of("plans", "reports", "dossiers", "decisions", "standing")),
    PROVIDER("provider", Set.of("ROLE_PROVIDER", "ROLE_ADMIN"), List.of("law", "plans", "products", "reports")),
    RESEARCHER(
            "research",
            Set.of("ROLE_RESEARCHER", "ROLE_REGULATOR", "ROLE_ADMIN"),
            List.of("surveys", "signals", "exports"));

    private final String path;
    private final Set<String> authorities;
    private final List<String> tasks;

    StaffArea(String path, Set<String> authorities, List<String> tasks) {
        this.path = path;
        this.authorities = authorities;
        this.tasks = tasks;
    }

    static List<StaffArea> openTo(Authentication authentication) {
        Set<String> held = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(values())
                .filter(area -> area.authorities.stream().anyMatch(held::contains))
                .toList();
    }

    public String path() {
        return path;
    }

    public String key() {
        return "area." + path;
    }

    /** The pages that exist already, by task; a task without one is shown as coming. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("area.regulator.task.queue", "/regulator/queue"),
            Map.entry("area.regulator.task.events", "/regulator/events"),
            Map.entry("area.regulator.task.decisions", "/regulator/decisions"),
            Map.entry("area.regulator.task.verification", "/regulator/queue?view=deaths"),
            Map.entry("area.regulator.task.signals", "/regulator/alerts"),
            Map.entry("area.regulator.task.watch", "/research/watch"),
            Map.entry("area.regulator.task.register", "/regulator/registry"),
            Map.entry("area.regulator.task.products", "/registry/products"),
            Map.entry("area.regulator.task.plans", "/registry/plans"),
            Map.entry("area.committee.task.standing", "/registry/plans"),
            Map.entry("area.committee.task.reports", "/committee/reports"),
            Map.entry("area.regulator.task.committees", "/regulator/committees"),
            Map.entry("area.provider.task.law", "/check/treatment"),
            Map.entry("area.provider.task.reports", "/provider/cases"),
            Map.entry("area.provider.task.plans", "/provider/plans"),
            Map.entry("area.committee.task.plans", "/committee/plans"),
            Map.entry("area.committee.task.dossiers", "/registry/products"),
            Map.entry("area.committee.task.decisions", "/check/register"),
            Map.entry("area.research.task.surveys", "/research/watch"),
            Map.entry("area.research.task.signals", "/research/signals"),
            Map.entry("area.research.task.exports", "/research/reports.csv"));

    public List<Task> tasks() {
        return taskKeys().stream().map(key -> new Task(key, PAGES.get(key))).toList();
    }

    /** A piece of work in an area: its message key, and its page once it has one. */
    public record Task(String key, String page) {}

    List<String> taskKeys() {
        return tasks.stream().map(task -> key() + ".task." + task).toList();
    }
}
