package org.exovigil.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The property that keeps missing facts safe: for conditions without {@code unknown:} tests, a TRUE or
 * FALSE reached with some facts missing stays the same once the facts are given (Kleene logic is
 * monotone in information). So a conclusion drawn from a partial offering is never contradicted by the
 * full one; only UNKNOWN can resolve.
 */
class ThreeValuedLogicTest {

    private static final List<String> ROUTES = List.of("iv", "topical", "microneedling", "intradiscal");
    private static final List<String> TYPES = List.of("exosome", "stem_cell", "secretome");

    @Test
    void a_definite_answer_on_partial_facts_never_changes_when_facts_are_added() {
        var random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            var condition = condition(random, 3);
            var full = fullOffering(random);
            var partial = withoutSomeFacts(full, random);
            var partialAnswer = condition.test(Facts.of(partial));
            if (partialAnswer != Truth.UNKNOWN) {
                assertThat(condition.test(Facts.of(full)))
                        .as("%s on %s", condition, partial)
                        .isEqualTo(partialAnswer);
            }
        }
    }

    @Test
    void kleene_tables() {
        assertThat(Truth.UNKNOWN.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.and(Truth.TRUE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNKNOWN.or(Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
    }

    private static Condition condition(Random random, int depth) {
        int pick = depth == 0 ? 3 + random.nextInt(3) : random.nextInt(6);
        return switch (pick) {
            case 0 -> new Condition.All(List.of(condition(random, depth - 1), condition(random, depth - 1)));
            case 1 -> new Condition.Any(List.of(condition(random, depth - 1), condition(random, depth - 1)));
            case 2 -> new Condition.Not(condition(random, depth - 1));
            case 3 -> new Condition.OneOf("use.routes", Set.of(ROUTES.get(random.nextInt(ROUTES.size()))));
            case 4 -> new Condition.Only("use.routes", Set.of("topical"));
            default -> new Condition.OneOf("product.type", Set.of(TYPES.get(random.nextInt(TYPES.size()))));
        };
    }

    private static Offering fullOffering(Random random) {
        var routes = new ArrayList<String>();
        routes.add(ROUTES.get(random.nextInt(ROUTES.size())));
        if (random.nextBoolean()) routes.add(ROUTES.get(random.nextInt(ROUTES.size())));
        var product = new Offering.Product(
                null, TYPES.get(random.nextInt(TYPES.size())), "human", null, null, null, null, null, null, null, null);
        return new Offering("US", null, product, new Offering.Use(null, null, routes, null, null), null, null, null);
    }

    private static Offering withoutSomeFacts(Offering full, Random random) {
        var product = random.nextBoolean() ? full.product() : null;
        var use = random.nextBoolean() ? full.use() : null;
        return new Offering("US", null, product, use, null, null, null);
    }
}
