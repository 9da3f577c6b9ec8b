package org.exovigil.vigilance.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one input, each with the FHIRPath that names it in a problem, and the resolution of
 * references between them (FHIR R4 §2.36.4, resolving references in Bundles, and §2.37.0.4 for contained
 * resources): {@code #id} to a resource contained in the same resource; a full URL ({@code urn:uuid:},
 * {@code urn:oid:} or absolute) to the entry with that {@code fullUrl}; a relative {@code Type/id}, or an
 * absolute URL ending in one, to the entry whose resource has that type and id.
 */
final class ResourceIndex {

    /**
     * A resource of the input.
     *
     * @param path      FHIRPath of the resource, e.g. {@code Bundle.entry[3].resource} or {@code
     *                  AdverseEvent.contained[1]}
     * @param order     position in the input, so that products and tests keep the order of the input
     * @param container the resource it is contained in, or itself at the top level
     */
    record Located(Resource resource, String path, int order, DomainResource container) {}

    /** The outcome of following one reference. */
    sealed interface Resolution {}

    /** The reference names a resource of the input. */
    record Found(Located located) implements Resolution {}

    /** The reference has no {@code reference} text: only a display or a logical identifier. */
    record Absent() implements Resolution {}

    /** The reference names a resource that the input does not hold. */
    record Dangling(String reference) implements Resolution {}

    private final List<Located> all = new ArrayList<>();
    private final Map<String, Located> byFullUrl = new HashMap<>();
    private final Map<String, Located> byTypeAndId = new HashMap<>();
    private final Map<Resource, Located> byIdentity = new IdentityHashMap<>();

    private ResourceIndex() {}

    static ResourceIndex of(Bundle bundle) {
        ResourceIndex index = new ResourceIndex();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            if (entry.getResource() != null) {
                Located located = index.add(entry.getResource(), "Bundle.entry[%d].resource".formatted(i), i);
                if (entry.hasFullUrl()) {
                    index.byFullUrl.putIfAbsent(entry.getFullUrl(), located);
                }
            }
        }
        return index;
    }

    static ResourceIndex of(Resource single) {
        ResourceIndex index = new ResourceIndex();
        index.add(single, single.fhirType(), 0);
        return index;
    }

    private Located add(Resource resource, String path, int position) {
        DomainResource container = resource instanceof DomainResource d ? d : null;
        Located located = new Located(resource, path, position * 10_000, container);
        all.add(located);
        byIdentity.put(resource, located);
        IdType id = resource.getIdElement();
        if (id != null && id.hasIdPart()) {
            byTypeAndId.putIfAbsent(resource.fhirType() + "/" + id.getIdPart(), located);
        }
        if (container != null) {
            List<Resource> contained = container.getContained();
            for (int c = 0; c < contained.size(); c++) {
                Resource inner = contained.get(c);
                Located in =
                        new Located(inner, "%s.contained[%d]".formatted(path, c), position * 10_000 + c + 1, container);
                all.add(in);
                byIdentity.put(inner, in);
            }
        }
        return located;
    }

    /** Every resource of the input, top-level and contained, in input order. */
    List<Located> all() {
        return all;
    }

    Located locate(Resource resource) {
        return byIdentity.get(resource);
    }

    /** Follows {@code reference}, written in {@code from}, to a resource of the input. */
    Resolution resolve(Reference reference, Located from) {
        if (reference == null) {
            return new Absent();
        }
        String text = reference.getReference();
        if (reference.getResource() instanceof Resource target && byIdentity.containsKey(target)) {
            return new Found(byIdentity.get(target));
        }
        if (text == null || text.isBlank()) {
            return new Absent();
        }
        if (text.startsWith("#")) {
            String local = text.substring(1);
            DomainResource container = from.container();
            if (container != null) {
                for (Resource inner : container.getContained()) {
                    String id = inner.getIdElement().getIdPart();
                    if (id != null && (id.equals(local) || id.equals(text))) {
                        return new Found(byIdentity.get(inner));
                    }
                }
            }
            return new Dangling(text);
        }
        Located exact = byFullUrl.get(text);
        if (exact != null) {
            return new Found(exact);
        }
        IdType id = new IdType(text);
        if (id.hasResourceType() && id.hasIdPart()) {
            Located typed = byTypeAndId.get(id.getResourceType() + "/" + id.getIdPart());
            if (typed != null) {
                return new Found(typed);
            }
        }
        return new Dangling(text);
    }
}
