package org.exovigil.vigilance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.exovigil.vigilance.duplicates.CompleteLinkage.Link;
import org.junit.jupiter.api.Test;

class CompleteLinkageTest {

    static final int A = 0;
    static final int B = 1;
    static final int C = 2;
    static final int D = 3;

    @Test
    void aChainIsNotAGroup() {
        // A~B and B~C, but A and C are not suspected: the better pair forms a group, C stays alone
        var groups = CompleteLinkage.groups(List.of(new Link(A, B, 30), new Link(B, C, 25)));

        assertThat(groups).containsExactly(List.of(A, B));
    }

    @Test
    void theStrongerLinkWinsWhateverTheOrder() {
        var groups = CompleteLinkage.groups(List.of(new Link(A, B, 25), new Link(B, C, 30)));

        assertThat(groups).containsExactly(List.of(B, C));
    }

    @Test
    void aTriangleIsOneGroup() {
        var groups = CompleteLinkage.groups(List.of(new Link(A, B, 30), new Link(B, C, 25), new Link(A, C, 21)));

        assertThat(groups).containsExactly(List.of(A, B, C));
    }

    @Test
    void twoGroupsMergeOnlyWhenEveryPairAcrossIsSuspected() {
        List<Link> links = new ArrayList<>(List.of(
                new Link(A, B, 40), new Link(C, D, 40), new Link(A, C, 30), new Link(A, D, 30), new Link(B, D, 30)));

        assertThat(CompleteLinkage.groups(links)).containsExactly(List.of(A, B), List.of(C, D));

        links.add(new Link(B, C, 22));
        assertThat(CompleteLinkage.groups(links)).containsExactly(List.of(A, B, C, D));
    }

    @Test
    void anExternallyIndicatedPairIsJoinedFirst() {
        var groups = CompleteLinkage.groups(List.of(new Link(A, B, 50), new Link(B, C, Double.POSITIVE_INFINITY)));

        assertThat(groups).containsExactly(List.of(B, C));
    }

    @Test
    void everyGroupIsACliqueOfSuspectedPairsWhateverTheInputOrder() {
        Random random = new Random(7);
        List<Link> links = new ArrayList<>();
        boolean[][] linked = new boolean[60][60];
        for (int k = 0; k < 400; k++) {
            int x = random.nextInt(60);
            int y = random.nextInt(60);
            if (x != y && !linked[x][y]) {
                linked[x][y] = linked[y][x] = true;
                links.add(new Link(x, y, 20 + random.nextInt(30)));
            }
        }
        var groups = CompleteLinkage.groups(links);
        Collections.shuffle(links, random);

        assertThat(CompleteLinkage.groups(links)).isEqualTo(groups);
        for (List<Integer> group : groups) {
            for (int x : group) {
                for (int y : group) {
                    assertThat(x == y || linked[x][y]).isTrue();
                }
            }
        }
        assertThat(groups.stream().flatMap(List::stream)).doesNotHaveDuplicates();
    }
}
