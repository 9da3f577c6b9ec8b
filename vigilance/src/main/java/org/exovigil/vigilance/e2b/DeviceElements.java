package org.exovigil.vigilance.e2b;

import static org.exovigil.vigilance.e2b.E2bCodes.*;
import static org.exovigil.vigilance.e2b.ElementValues.blankToNull;

import java.util.ArrayList;
import java.util.List;
import org.exovigil.vigilance.model.CodedTerm;
import org.exovigil.vigilance.model.DeviceComponent;
import org.exovigil.vigilance.model.DeviceComponent.Manufacturer;

/**
 * FDA.G.k.12.r, the devices of a combination product, as {@code part/partProduct} of the drug's kind of
 * product, laid out as the FDA E2B(R3) Regional Implementation Guide and FDA's Scenarios 2, 6 and 7 lay them
 * out: the product code and names, the manufacturer, characteristics coded in the NCI Thesaurus and the lot.
 */
final class DeviceElements {

    private DeviceElements() {}

    static List<DeviceComponent> read(XmlElement kindOfProduct) {
        List<DeviceComponent> devices = new ArrayList<>();
        for (XmlElement part : kindOfProduct == null ? List.<XmlElement>of() : kindOfProduct.children("part")) {
            XmlElement device = part.child("partProduct");
            if (device != null) {
                devices.add(device(device));
            }
        }
        return devices;
    }

    private static DeviceComponent device(XmlElement device) {
        XmlElement code = device.child("code");
        List<XmlElement> names = device.children("name");
        XmlElement manufactured = device.child("asManufacturedProduct");
        XmlElement maker = manufactured == null ? null : manufactured.child("manufacturerOrganization");
        XmlElement address = maker == null ? null : maker.child("addr");
        Boolean malfunction = null;
        String usage = null;
        String operator = null;
        List<String> followUps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> remedies = new ArrayList<>();
        for (XmlElement subjectOf : manufactured == null ? List.<XmlElement>of() : manufactured.children("subjectOf")) {
            XmlElement characteristic = subjectOf.child("characteristic");
            XmlElement kind = characteristic == null ? null : characteristic.child("code");
            if (kind == null) {
                continue;
            }
            String value = valueCode(characteristic.child("value"));
            switch (kind.attribute("code") == null ? "" : kind.attribute("code")) {
                case FDA_DEVICE_MALFUNCTION -> malfunction = value == null ? null : Boolean.valueOf(value);
                case FDA_DEVICE_FOLLOW_UP -> add(followUps, value);
                case FDA_DEVICE_PROBLEM -> add(problems, value);
                case FDA_DEVICE_USAGE -> usage = value;
                case FDA_DEVICE_REMEDIAL_ACTION -> add(remedies, value);
                default -> {
                    if (FDA_DEVICE_OPERATORS.equals(kind.attribute("codeSystem"))) {
                        operator = blankToNull(kind.attribute("code")); // FDA.G.k.12.r.10, a code alone
                    }
                }
            }
        }
        String productCode = code == null || code.isNull() ? null : blankToNull(code.attribute("code"));
        return new DeviceComponent(
                productCode == null
                        ? null
                        : new CodedTerm(
                                String.valueOf(code.attribute("codeSystem")),
                                blankToNull(code.attribute("codeSystemVersion")),
                                productCode),
                names.isEmpty() ? null : blankToNull(names.get(0).text()),
                names.size() < 2 ? null : blankToNull(names.get(1).text()),
                maker == null
                        ? null
                        : Manufacturer.of(
                                maker.childText("name"),
                                SenderElements.streetLines(address),
                                address == null ? null : address.childText("city"),
                                address == null ? null : address.childText("state"),
                                address == null ? null : address.childText("country")),
                malfunction,
                followUps,
                problems,
                usage,
                blankToNull(textAt(device, "instanceOfKind", "productInstanceInstance", "lotNumberText")),
                operator,
                remedies);
    }

    /** The code of a CE value, or the value of a BL. */
    private static String valueCode(XmlElement value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return blankToNull(value.attribute("code") != null ? value.attribute("code") : value.attribute("value"));
    }

    private static String textAt(XmlElement from, String... path) {
        XmlElement element = from.at(path);
        return element == null ? null : element.text();
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    static void write(XmlWriter x, List<DeviceComponent> devices) {
        for (DeviceComponent device : devices) {
            x.start("part", "classCode", "PART").start("partProduct", "classCode", "DEV", "determinerCode", "KIND");
            CodedTerm code = device.productCode();
            if (code != null) {
                x.empty(
                        "code",
                        "code",
                        code.code(),
                        "codeSystem",
                        code.terminology(),
                        "codeSystemVersion",
                        code.version()); // FDA.G.k.12.r.6
            }
            // FDA.G.k.12.r.4 and r.5 are both "name", told apart by their order; a missing brand is written empty.
            if (device.brandName() != null || device.commonName() != null) {
                x.text("name", device.brandName() == null ? "" : device.brandName());
            }
            if (device.commonName() != null) {
                x.text("name", device.commonName());
            }
            x.start("asManufacturedProduct", "classCode", "MANU");
            manufacturer(x, device.manufacturer());
            characteristics(x, device);
            x.end();
            if (device.lot() != null) {
                x.start("instanceOfKind", "classCode", "INST");
                x.start("productInstanceInstance", "classCode", "MMAT", "determinerCode", "INSTANCE");
                x.text("lotNumberText", device.lot()); // FDA.G.k.12.r.9
                x.end().end();
            }
            x.end().end();
        }
    }

    /** FDA.G.k.12.r.7.1a-e. */
    private static void manufacturer(XmlWriter x, Manufacturer m) {
        if (m == null) {
            return;
        }
        x.start("manufacturerOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        if (m.name() != null) {
            x.text("name", m.name());
        }
        if (m.street() != null || m.city() != null || m.state() != null || m.country() != null) {
            x.start("addr");
            SenderElements.streetLines(x, m.street());
            text(x, "city", m.city());
            text(x, "state", m.state());
            text(x, "country", m.country());
            x.end();
        }
        x.end();
    }

    private static void characteristics(XmlWriter x, DeviceComponent device) {
        if (device.malfunction() != null) {
            characteristic(
                    x,
                    FDA_DEVICE_MALFUNCTION,
                    NCI_THESAURUS,
                    "xsi:type",
                    "BL",
                    "value",
                    device.malfunction().toString()); // FDA.G.k.12.r.1
        }
        for (String problem : device.problemCodes()) {
            characteristic(
                    x,
                    FDA_DEVICE_PROBLEM,
                    NCI_THESAURUS,
                    "xsi:type",
                    "CE",
                    "code",
                    problem,
                    "codeSystem",
                    NCI_THESAURUS); // FDA.G.k.12.r.3
        }
        if (device.usage() != null) {
            characteristic(
                    x,
                    FDA_DEVICE_USAGE,
                    OBSERVATION,
                    "xsi:type",
                    "CE",
                    "code",
                    device.usage(),
                    "codeSystem",
                    FDA_DEVICE_USAGES); // FDA.G.k.12.r.8
        }
        for (String action : device.remedialActions()) {
            characteristic(
                    x,
                    FDA_DEVICE_REMEDIAL_ACTION,
                    NCI_THESAURUS,
                    "xsi:type",
                    "CE",
                    "code",
                    action,
                    "codeSystem",
                    FDA_DEVICE_REMEDIAL_ACTIONS); // FDA.G.k.12.r.11.r
        }
        for (String type : device.followUpTypes()) {
            characteristic(
                    x,
                    FDA_DEVICE_FOLLOW_UP,
                    NCI_THESAURUS,
                    "xsi:type",
                    "CE",
                    "code",
                    type,
                    "codeSystem",
                    FDA_DEVICE_FOLLOW_UPS); // FDA.G.k.12.r.2.r
        }
        if (device.operator() != null) {
            x.start("subjectOf", "typeCode", "SBJ").start("characteristic", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", device.operator(), "codeSystem", FDA_DEVICE_OPERATORS); // FDA.G.k.12.r.10
            x.end().end();
        }
    }

    private static void characteristic(XmlWriter x, String code, String codeSystem, String... value) {
        x.start("subjectOf", "typeCode", "SBJ").start("characteristic", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", codeSystem);
        x.empty("value", value);
        x.end().end();
    }

    private static void text(XmlWriter x, String name, String value) {
        if (value != null) {
            x.text(name, value);
        }
    }
}
