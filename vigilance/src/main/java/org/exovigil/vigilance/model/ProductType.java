package org.exovigil.vigilance.model;

/** What was given, in the shared vocabulary ({@code spec/vocabulary.md}, product_types). */
public enum ProductType implements Coded {
    EXOSOME("exosome"),
    EXTRACELLULAR_VESICLE("extracellular_vesicle"),
    SECRETOME("secretome"),
    CULTURE_SUPERNATANT("culture_supernatant"),
    CONDITIONED_MEDIA("conditioned_media"),
    STEM_CELL("stem_cell"),
    PRP("prp"),
    OTHER("other");

    private final String code;

    ProductType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
