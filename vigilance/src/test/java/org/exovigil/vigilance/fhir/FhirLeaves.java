package org.exovigil.vigilance.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource as the multiset of its leaves, each a FHIRPath-like {@code path=value} without indices, e.g.
 * {@code AdverseEvent.event.coding.code=304386008}, walked with HAPI's own model. A reference's value is the
 * type of the resource it names ({@code AdverseEvent.subject.reference=→Patient}): the id is the holder's, the
 * kind of thing named is the content.
 */
final class FhirLeaves {

    private FhirLeaves() {}

    /** The leaves of a resource standing alone, its references read by the type they spell. */
    static List<String> of(Resource resource) {
        return of(resource, reference -> reference.getReferenceElement().getResourceType());
    }

    /** The leaves of a resource in a Bundle, its references followed to the entries they name. */
    static List<String> of(Resource resource, Bundle bundle) {
        return of(
                resource,
                reference -> bundle.getEntry().stream()
                        .filter(e -> reference.getReference().equals(e.getFullUrl()))
                        .map(e -> e.getResource().fhirType())
                        .findFirst()
                        .orElse("unresolved " + reference.getReference()));
    }

    private static List<String> of(Resource resource, Function<Reference, String> typeOf) {
        List<String> leaves = new ArrayList<>();
        walk(resource, resource.fhirType(), typeOf, leaves);
        return leaves;
    }

    private static void walk(Base base, String path, Function<Reference, String> typeOf, List<String> leaves) {
        if (base.isPrimitive()) {
            // HAPI's getters make empty elements as they are read; an element without a value says nothing.
            if (base.hasPrimitiveValue()) {
                leaves.add(path + "=" + base.primitiveValue());
            }
            return;
        }
        for (Property property : base.children()) {
            String child = path + "." + property.getName().replace("[x]", "");
            for (Base value : property.getValues()) {
                if (base instanceof Reference reference && property.getName().equals("reference")) {
                    leaves.add(child + "=→" + typeOf.apply(reference));
                } else {
                    walk(value, child, typeOf, leaves);
                }
            }
        }
    }
}
