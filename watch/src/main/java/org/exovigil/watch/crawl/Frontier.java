package org.exovigil.watch.crawl;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The addresses still to fetch, one queue per host (breadth first within a host), and every address
 * ever queued, so none is fetched twice. The next address comes from the host whose rate limit frees
 * it first, so one slow host does not hold up the others; ties go to the host met first.
 */
final class Frontier {

    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Duration minDelay;

    Frontier(Duration minDelay) {
        this.minDelay = minDelay;
    }

    /** The host named {@code name}, met now if not before. */
    Host host(String name) {
        return hosts.computeIfAbsent(name, n -> new Host(n, minDelay));
    }

    /** Records {@code address} as met; false if it was met before. */
    boolean firstSight(Address address) {
        return seen.add(address.toString());
    }

    /** Queues a target: at the back of its host's queue, or at the front when {@code next} (a redirect). */
    void add(Target target, boolean next) {
        Host host = host(target.address().host());
        if (next) {
            host.queue.addFirst(target);
        } else {
            host.queue.addLast(target);
        }
    }

    /** The target whose host may be asked soonest, taken off its queue; empty when all queues are. */
    Optional<Target> next() {
        Host soonest = null;
        for (Host host : hosts.values()) {
            if (!host.queue.isEmpty() && (soonest == null || host.nextStart() - soonest.nextStart() < 0)) {
                soonest = host;
            }
        }
        return soonest == null ? Optional.empty() : Optional.of(soonest.queue.pollFirst());
    }

    /** How many targets are still queued. */
    int waiting() {
        return hosts.values().stream().mapToInt(h -> h.queue.size()).sum();
    }
}
