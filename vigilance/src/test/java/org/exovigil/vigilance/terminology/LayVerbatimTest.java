package org.exovigil.vigilance.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What patients and clinic staff write, in their words, and the concept among the first three suggestions. The
 * sentences were written for this test (no labelled Japanese verbatims are public); they specify behaviour and are
 * not an accuracy measure.
 */
class LayVerbatimTest {

    private static final TermSuggester SUGGESTER =
            TermSuggester.over(EventVocabulary.bundled().designations());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            点滴のあと夜に38度の熱が出ました                | EXO:pyrexia
            注射したところが赤く腫れてかゆい                 | EXO:injection_site_erythema
            注射したところが赤く腫れてかゆい                 | EXO:pruritus
            施術の翌日から腰が痛くて歩けない                 | EXO:back_pain
            施術の翌日から腰が痛くて歩けない                 | EXO:gait_disturbance
            首がこわばって頭がひどく痛い                     | EXO:headache
            顔と唇が腫れて息苦しくなった                     | EXO:lip_swelling
            顔と唇が腫れて息苦しくなった                     | EXO:dyspnoea
            全身にじんましんが出てかゆい                     | EXO:urticaria
            気を失って倒れた                                 | EXO:syncope
            寒気がして震えが止まらない                       | EXO:chills
            足がむくんで片足だけ痛い                         | EXO:oedema_peripheral
            吐き気がして何度も吐いた                         | EXO:vomiting
            体がだるくて食欲がない                           | EXO:decreased_appetite
            膝に注射した後、膝が腫れて熱をもっている         | EXO:joint_swelling
            父が点滴の三日後に亡くなりました                 | EXO:death
            the arm where I had the shot is red and swollen  | EXO:erythema
            I felt dizzy and nearly fainted after the drip   | EXO:dizziness
            my lips and tongue swelled up and I couldn't breathe | EXO:lip_swelling
            my lips and tongue swelled up and I couldn't breathe | EXO:swollen_tongue
            had the shivers and a temperature of 39          | EXO:chills
            my back has been killing me since the injection  | EXO:back_pain
            throwing up all night                            | EXO:vomiting
            """)
    void theConceptIsAmongTheFirstThree(String verbatim, String concept) {
        List<String> codes =
                SUGGESTER.suggest(verbatim, 3).stream().map(Suggestion::code).toList();
        assertThat(codes).as(verbatim).contains(concept);
    }
}
