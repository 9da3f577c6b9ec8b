package org.exovigil.app.plans;

import org.exovigil.app.refusals.RefusalCode;

/**
 * Why a step on a provision plan is refused; each id has one meaning, and its text is {@code refusal.EXO-16nn} in
 * the message files.
 */
public enum PlanRefusal implements RefusalCode {
    REVIEWER_OF_OWN_PROVIDER("EXO-1601"),
    CONFLICTS_NOT_DECLARED("EXO-1602"),
    REVIEWER_CONFLICTED("EXO-1603"),
    TEXT_MISSING("EXO-1604"),
    CHECKLIST_ITEM_NOT_JUDGED("EXO-1605"),
    REQUIRED_ITEM_NOT_MET("EXO-1606"),
    NO_OPEN_QUESTION("EXO-1607"),
    NOT_THE_PROVIDERS_OWN("EXO-1608"),
    /**
     * {0}: the end of the year the report owed next covers; {1}: the last day to file it. The ASRM report on
     * the provision of a year counts the whole year, so it is filed after the year ends, within 90 days.
     */
    PERIOD_NOT_ENDED("EXO-1609"),
    COUNTS_INVALID("EXO-1610"),
    NOTHING_UNDER_REVIEW("EXO-1611"),
    PLAN_NOT_IN_FORCE("EXO-1612"),
    CHANGE_UNDER_REVIEW("EXO-1613"),
    CHANGE_CHANGES_NOTHING("EXO-1614"),
    PLAN_NOT_WITHDRAWABLE("EXO-1615"),
    STOPPED_ON_OUT_OF_RANGE("EXO-1616"),
    OVERSIGHT_NOT_FROM_STATUS("EXO-1617"),
    CONFLICT_STANDS("EXO-1618"),
    DECLARATION_EMPTY("EXO-1619"),
    QUESTION_OPEN("EXO-1620"),
    NOT_IN_REGISTER("EXO-1621"),
    PERIOD_ALREADY_REPORTED("EXO-1622"),
    OVERSIGHT_UNKNOWN("EXO-1623"),
    /** Each patient treated was given at least one administration, so fewer administrations than patients is a slip. */
    ADMINISTRATIONS_BELOW_PATIENTS("EXO-1624");

    private final String id;

    PlanRefusal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
