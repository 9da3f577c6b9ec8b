package org.exovigil.vigilance.fhir;

import static org.exovigil.vigilance.fhir.CaseInput.extension;
import static org.exovigil.vigilance.fhir.CaseInput.extensions;
import static org.exovigil.vigilance.fhir.FhirCodes.EXTENSION_DOMAIN;

import java.util.List;
import java.util.Objects;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.DeviceComponent;
import org.exovigil.vigilance.model.DeviceComponent.Manufacturer;
import org.exovigil.vigilance.model.FdaDrugDetails;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/**
 * What FDA's E2B(R3) regional guide adds to a drug (FDA.G.k.1.a, G.k.10.1, G.k.10a, G.k.12.r), as one complex
 * extension of the drug's Procedure: R4 has no place for any of it (a Device resource would need a status and
 * an owner the report does not give), and a receiver that does not know the extension loses only FDA's part.
 */
final class FdaDrugExtension {

    /** Complex: otherRole, specializedCategory, additionalCode (repeating), device (repeating, complex). */
    static final String URL = EXTENSION_DOMAIN + "fda-drug";

    private FdaDrugExtension() {}

    static Extension write(FdaDrugDetails fda) {
        Extension extension = new Extension(URL);
        code(extension, "otherRole", fda.otherRole()); // FDA.G.k.1.a
        code(extension, "specializedCategory", fda.specializedCategory()); // FDA.G.k.10.1
        fda.additionalCodes().forEach(code -> code(extension, "additionalCode", code)); // FDA.G.k.10a
        for (DeviceComponent device : fda.devices()) { // FDA.G.k.12.r
            Extension each = extension.addExtension().setUrl("device");
            CodedTerm product = device.productCode();
            if (product != null) {
                each.addExtension("productCode", FhirCodes.coding(product));
            }
            text(each, "brandName", device.brandName());
            text(each, "commonName", device.commonName());
            Manufacturer m = device.manufacturer();
            if (m != null) {
                Extension maker = each.addExtension().setUrl("manufacturer");
                text(maker, "name", m.name());
                text(maker, "street", m.street());
                text(maker, "city", m.city());
                text(maker, "state", m.state());
                text(maker, "country", m.country());
            }
            if (device.malfunction() != null) {
                each.addExtension("malfunction", new BooleanType(device.malfunction()));
            }
            device.followUpTypes().forEach(code -> code(each, "followUpType", code));
            device.problemCodes().forEach(code -> code(each, "problemCode", code));
            code(each, "usage", device.usage());
            text(each, "lot", device.lot());
            code(each, "operator", device.operator());
            device.remedialActions().forEach(code -> code(each, "remedialAction", code));
        }
        return extension;
    }

    static FdaDrugDetails read(Extension fda) {
        if (fda == null) {
            return null;
        }
        List<DeviceComponent> devices =
                extensions(fda, "device").stream().map(FdaDrugExtension::device).toList();
        return FdaDrugDetails.of(
                value(fda, "otherRole"), value(fda, "specializedCategory"), values(fda, "additionalCode"), devices);
    }

    private static DeviceComponent device(Extension device) {
        Extension code = extension(device, "productCode");
        Extension maker = extension(device, "manufacturer");
        String malfunction = value(device, "malfunction");
        return new DeviceComponent(
                code != null && code.getValue() instanceof Coding c && c.getCode() != null
                        ? new CodedTerm(
                                FhirCodes.terminology(String.valueOf(c.getSystem())), c.getVersion(), c.getCode())
                        : null,
                value(device, "brandName"),
                value(device, "commonName"),
                maker == null
                        ? null
                        : Manufacturer.of(
                                value(maker, "name"),
                                value(maker, "street"),
                                value(maker, "city"),
                                value(maker, "state"),
                                value(maker, "country")),
                malfunction == null ? null : Boolean.valueOf(malfunction),
                values(device, "followUpType"),
                values(device, "problemCode"),
                value(device, "usage"),
                value(device, "lot"),
                value(device, "operator"),
                values(device, "remedialAction"));
    }

    private static void code(Extension holder, String url, String code) {
        if (code != null) {
            holder.addExtension(url, new CodeType(code));
        }
    }

    private static void text(Extension holder, String url, String text) {
        if (text != null) {
            holder.addExtension(url, new StringType(text));
        }
    }

    private static String value(Extension holder, String url) {
        Extension part = extension(holder, url);
        return part == null || part.getValue() == null ? null : part.getValue().primitiveValue();
    }

    private static List<String> values(Extension holder, String url) {
        return extensions(holder, url).stream()
                .map(e -> e.getValue() == null ? null : e.getValue().primitiveValue())
                .filter(Objects::nonNull)
                .toList();
    }
}
