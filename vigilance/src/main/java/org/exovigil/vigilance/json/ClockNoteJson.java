package org.exovigil.vigilance.json;

import org.exovigil.vigilance.clock.ClockNote;
import org.exovigil.vigilance.model.MinimumCriterion;
import org.exovigil.vigilance.model.ProductType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A clock note as the API and the stored assessment carry it: its {@code code} and its values, every
 * coded value by its code, so that any reader can word it in its own language (the pages do so through
 * their message bundles, {@code clock.note.<code>}).
 */
final class ClockNoteJson {

    private ClockNoteJson() {}

    static void write(ObjectNode node, ClockNote note) {
        node.put("code", note.code());
        switch (note) {
            case ClockNote.NotListed n ->
                node.put("reaction", n.reaction()).put("product", n.product()).put("reference", n.reference());
            case ClockNote.NoReference n -> node.put("product", n.product());
            case ClockNote.NothingToAssess n -> {}
            case ClockNote.NoClock n -> {
                ArrayNode unmet = node.putArray("unmet");
                n.unmet().stream().map(MinimumCriterion::code).forEach(unmet::add);
            }
            case ClockNote.CountryUnknown n -> {}
            case ClockNote.NoLaw n -> {
                ArrayNode types = node.putArray("productTypes");
                n.productTypes().stream().map(ProductType::code).forEach(types::add);
                node.put("unknownType", n.unknownType())
                        .put("country", n.country())
                        .put("setting", n.setting().code())
                        .put("dayZero", n.dayZero().toString());
            }
            case ClockNote.NotDue n ->
                node.put("regime", n.regime())
                        .put("duty", n.dutyId())
                        .put("condition", n.condition().code())
                        .put("shortfall", n.shortfall().code());
        }
    }
}
