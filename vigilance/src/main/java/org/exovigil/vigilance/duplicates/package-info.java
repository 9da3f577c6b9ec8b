/**
 * Suspected duplicate reports, after vigiMatch (UMC, "Deduplication through vigiMatch"; Norén, Orre,
 * Bate, Data Min Knowl Disc 2007;14:305–328): {@code DuplicateDetection.bundled().find(cases)} takes
 * {@link org.exovigil.vigilance.duplicates.CaseFacts} (built from a report with {@code CaseFacts.of(id,
 * report)}) and gives {@link org.exovigil.vigilance.duplicates.DuplicateGroups}: groups with a master and
 * the evidence for every pair, and {@code masterOf(caseId)}.
 *
 * <p><b>Method.</b> Blocking compares only cases sharing a (product, event) combination, names one
 * keystroke apart counting as one, with sub-blocks inside very common combinations; pairs in which one
 * report names the other's id are always compared and always suspected ("externally indicated"). A pair's
 * score is the sum of hit-miss field weights in bits (Copas and Hilton 1990): agreement on a value of
 * frequency β earns log₂([1 − c(1 − β)/(1 − b)²]/β), disagreement costs log₂(c/(1 − b)²), a blank adds 0;
 * sets (events, products, lots, providers, dates) sum their shared values and penalise at most three
 * unshared ones; age and onset use the hit-miss mixture for numbers. β, the blank shares and the spread
 * of random pairs come from the collection itself. Pairs at or above the threshold are grouped by
 * complete link, and each group keeps its most complete report (vigiGrade, Bergvall et al. 2014) as
 * master.
 *
 * <p><b>Parameters</b> are data, in {@code vigilance/duplicate-detection.yaml}: miss and blank
 * probabilities per field (vigiMatch's published figures for age, onset, sex, country, products and
 * events; Exovigil's stated assumptions for dates, lots, providers and reporter), the threshold with how
 * it was read, and the blocking limits. A file that breaks the schema is refused with EXO-1501/EXO-1502.
 *
 * <p><b>Measured</b> (2026-11-23, 2 shared cores, synthetic stores of {@code SyntheticCases}: 10 % of the
 * cases reported once or twice more with typos, blanks, shifted dates, changed events and reporters):
 *
 * <table>
 *   <caption>Precision and recall of the pairs grouped together, and throughput of {@code find}</caption>
 *   <tr><th>reports</th><th>precision</th><th>recall</th><th>reports/s (wall)</th><th>pairs compared</th></tr>
 *   <tr><td>5,613 (evaluation seed)</td><td>0.994</td><td>0.846</td><td>–</td><td>–</td></tr>
 *   <tr><td>4,999</td><td>0.993</td><td>0.867</td><td>25,000</td><td>99,466</td></tr>
 *   <tr><td>49,925</td><td>0.938</td><td>0.849</td><td>14,800</td><td>3.8 million</td></tr>
 *   <tr><td>100,130</td><td>0.881</td><td>0.848</td><td>12,600</td><td>9.4 million</td></tr>
 * </table>
 *
 * <p>Precision and recall: {@code ./mvnw -B -q -ntp -o -pl vigilance test
 * -Dtest='SyntheticEvaluationTest,ScaleTest'} (printed). Throughput: {@code ./mvnw -B -q -pl vigilance
 * test-compile exec:exec@bench-duplicates -Dbench.cases=5000,50000,100000}. Precision falls as a store
 * of the same clinics and products grows denser, because more unrelated cases look alike: the threshold
 * was read at 5,000 cases and should be read again for a store of another size (see the YAML file).
 *
 * <p><b>Known limits.</b> A report whose events are coded (MedDRA) and another of the same case left
 * verbatim share no event, so blocking never compares them unless one names the other: 65 of the 752
 * duplicate pairs of the evaluation store are lost that way; mapping verbatim terms to codes at intake
 * would recover them. Coded terms are compared as sent (E.i.2.1b is a lowest level term): without the
 * licensed MedDRA hierarchy two LLTs of one preferred term count as different events. Onset dates a few
 * days apart earn about nothing, because vigiMatch's σ of 50.2 days was fitted on VigiBase's partial
 * dates. Fields are taken as independent, as in the hit-miss model; the onset also counts among the
 * dates.
 */
package org.exovigil.vigilance.duplicates;
