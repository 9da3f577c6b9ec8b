package org.exovigil.vigilance.model;

/**
 * The seriousness criteria of ICH E2A §II.B, one flag each in ICH E2B(R3) E.i.3.2a–f. Hospitalisation
 * covers both initial and prolonged in-patient stays, as E2A words it.
 */
public enum SeriousnessCriterion implements Coded {
    DEATH("death", "E.i.3.2a"),
    LIFE_THREATENING("life_threatening", "E.i.3.2b"),
    HOSPITALISATION("hospitalisation", "E.i.3.2c"),
    DISABILITY("disability", "E.i.3.2d"),
    CONGENITAL_ANOMALY("congenital_anomaly", "E.i.3.2e"),
    OTHER_MEDICALLY_IMPORTANT("other_medically_important", "E.i.3.2f");

    private final String code;
    private final String e2bElement;

    SeriousnessCriterion(String code, String e2bElement) {
        this.code = code;
        this.e2bElement = e2bElement;
    }

    @Override
    public String code() {
        return code;
    }

    public String e2bElement() {
        return e2bElement;
    }
}
