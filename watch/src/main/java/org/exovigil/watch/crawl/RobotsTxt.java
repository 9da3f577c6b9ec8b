package org.exovigil.watch.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The robots.txt rules of each origin (scheme, host and port, RFC 9309 §2.3), fetched once per crawl
 * and kept for it (§2.4 allows a day). How the answer to the robots.txt request decides:
 *
 * <ol>
 *   <li>2xx: the file's rules for our product token, else for {@code *} (§2.2.1), parsed by
 *       crawler-commons, which also reads {@code Crawl-delay} and {@code Sitemap} lines. A Crawl-delay
 *       over 5 minutes makes crawler-commons disallow everything: the site does not want crawlers.
 *   <li>4xx, "unavailable" (§2.3.1.3): everything is allowed.
 *   <li>5xx or no answer, "unreachable" (§2.3.1.4): everything is disallowed, since the server cannot
 *       say what it allows. A 429 that persists after the repeats is treated the same way: the site is
 *       asking for fewer requests, not giving leave.
 *   <li>More than five redirects, or one off the web (§2.3.1.2): unavailable, everything allowed.
 * </ol>
 */
final class RobotsTxt {

    /** The rules of one origin and, when they cover the whole host, why. */
    record Rules(String origin, BaseRobotRules rules, String why) {

        boolean allows(Address address) {
            return rules.isAllowed(address.toString());
        }

        /** Why {@code address} is disallowed, for the log. */
        String refusal() {
            return rules.isAllowNone() ? why : "disallowed by " + origin + "/robots.txt";
        }

        /** The Crawl-delay the file asks for, if any. */
        Optional<Duration> crawlDelay() {
            long millis = rules.getCrawlDelay();
            return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
        }
    }

    private final Map<String, Rules> byOrigin = new HashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> names;

    /** {@code robotName}: our product token in lower case, as crawler-commons matches it. */
    RobotsTxt(String robotName) {
        this.names = List.of(robotName);
    }

    /** The rules for {@code address}'s origin if its robots.txt has been fetched. */
    Optional<Rules> known(Address address) {
        return Optional.ofNullable(byOrigin.get(address.origin()));
    }

    /** Decides the rules for {@code address}'s origin from the answer to its robots.txt request. */
    Rules learn(Address address, Exchange answer) {
        String origin = address.origin();
        Rules rules;
        if (!answer.answered()) {
            rules = new Rules(
                    origin,
                    new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
                    "robots.txt unreachable (" + answer.note() + "): host disallowed, RFC 9309 §2.3.1.4");
        } else if (answer.ok()) {
            rules = new Rules(
                    origin,
                    parser.parseContent(answer.address().toString(), answer.body(), answer.contentType(), names),
                    "robots.txt disallows everything");
        } else if (answer.status() >= 300 && answer.status() < 500 && answer.status() != 429) {
            rules = new Rules(origin, new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), "");
        } else {
            rules = new Rules(
                    origin,
                    new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
                    "robots.txt unreachable (" + answer.describe() + "): host disallowed, RFC 9309 §2.3.1.4");
        }
        byOrigin.put(origin, rules);
        return rules;
    }

    /** What the log says about an origin's robots.txt. */
    static String summary(Exchange answer, Rules rules, Duration appliedDelay) {
        String what;
        if (!answer.answered() || answer.status() >= 500 || answer.status() == 429) {
            what = rules.why();
        } else if (answer.ok()) {
            what = rules.rules().isAllowNone() ? "obeyed: disallows everything" : "obeyed";
        } else if (answer.status() >= 300 && answer.status() < 400) {
            what = "too many redirects or one off the web: taken as unavailable, all allowed (RFC 9309 §2.3.1.2)";
        } else {
            what = "unavailable (" + answer.describe() + "): all allowed (RFC 9309 §2.3.1.3)";
        }
        return rules.crawlDelay()
                .map(asked -> what + "; Crawl-delay " + asked.toMillis() + " ms"
                        + (asked.compareTo(appliedDelay) > 0 ? ", capped at " + appliedDelay.toMillis() + " ms" : ""))
                .orElse(what);
    }
}
