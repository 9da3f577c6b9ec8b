package org.exovigil.vigilance.causality;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Naranjo adverse drug reaction probability scale (Naranjo CA et al., Clin Pharmacol Ther
 * 1981;30(2):239–245): ten questions, each answered yes, no or do not know; the points are summed,
 * from −4 (every answer the least likely) to 13, and the total gives the category. A question left
 * unanswered counts as "do not know", as the scale prescribes for missing information.
 *
 * @param answers the answer to every question
 */
public record NaranjoScore(Map<NaranjoQuestion, NaranjoAnswer> answers) {

    public NaranjoScore {
        EnumMap<NaranjoQuestion, NaranjoAnswer> all = new EnumMap<>(NaranjoQuestion.class);
        for (NaranjoQuestion q : NaranjoQuestion.values()) {
            all.put(q, answers.getOrDefault(q, NaranjoAnswer.DO_NOT_KNOW));
        }
        answers = Map.copyOf(all);
    }

    public static NaranjoScore of(Map<NaranjoQuestion, NaranjoAnswer> answers) {
        return new NaranjoScore(answers);
    }

    public int total() {
        return answers.entrySet().stream()
                .mapToInt(e -> e.getKey().points(e.getValue()))
                .sum();
    }

    public NaranjoCategory category() {
        return NaranjoCategory.ofScore(total());
    }
}
