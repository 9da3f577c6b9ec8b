package org.exovigil.vigilance.json;

import static org.exovigil.vigilance.json.ReportFields.*;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exovigil.vigilance.Problem;
import org.exovigil.vigilance.model.DeviceComponent;
import org.exovigil.vigilance.model.DeviceComponent.Manufacturer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code products[].details.devices[]}, FDA.G.k.12.r: {productCode {terminology, version, code}, brandName,
 * commonName, manufacturer {name, street, city, state, country}, malfunction, followUpTypes[], problemCodes[],
 * usage, lot, operator, remedialActions[]}, codes as FDA's lists give them (see {@link DeviceComponent}).
 */
final class DeviceJson {

    private static final Set<String> DEVICE = Set.of(
            "productCode",
            "brandName",
            "commonName",
            "manufacturer",
            "malfunction",
            "followUpTypes",
            "problemCodes",
            "usage",
            "lot",
            "operator",
            "remedialActions");
    private static final Set<String> MANUFACTURER = Set.of("name", "street", "city", "state", "country");

    private DeviceJson() {}

    static List<DeviceComponent> read(JsonFields details, List<Problem> problems) {
        return details.array("devices", (node, at) -> device(element(node, at, DEVICE, problems), problems)).stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private static DeviceComponent device(JsonFields d, List<Problem> problems) {
        if (d == null) {
            return null;
        }
        JsonFields code = d.object("productCode", CODED);
        JsonFields m = d.object("manufacturer", MANUFACTURER);
        return new DeviceComponent(
                code == null ? null : codedTerm(code, problems),
                d.text("brandName"),
                d.text("commonName"),
                m == null
                        ? null
                        : Manufacturer.of(
                                m.text("name"), m.text("street"), m.text("city"), m.text("state"), m.text("country")),
                d.bool("malfunction"),
                texts(d, "followUpTypes", problems),
                texts(d, "problemCodes", problems),
                d.text("usage"),
                d.text("lot"),
                d.text("operator"),
                texts(d, "remedialActions", problems));
    }

    static void write(ObjectNode node, List<DeviceComponent> devices) {
        if (devices.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("devices");
        for (DeviceComponent device : devices) {
            ObjectNode each = array.addObject();
            writeCoded(each, "productCode", device.productCode());
            putText(each, "brandName", device.brandName());
            putText(each, "commonName", device.commonName());
            Manufacturer m = device.manufacturer();
            if (m != null) {
                ObjectNode maker = each.putObject("manufacturer");
                putText(maker, "name", m.name());
                putText(maker, "street", m.street());
                putText(maker, "city", m.city());
                putText(maker, "state", m.state());
                putText(maker, "country", m.country());
            }
            if (device.malfunction() != null) {
                each.put("malfunction", device.malfunction());
            }
            writeCodes(each, "followUpTypes", device.followUpTypes());
            writeCodes(each, "problemCodes", device.problemCodes());
            putText(each, "usage", device.usage());
            putText(each, "lot", device.lot());
            putText(each, "operator", device.operator());
            writeCodes(each, "remedialActions", device.remedialActions());
        }
    }

    private static void writeCodes(ObjectNode node, String name, List<String> codes) {
        if (!codes.isEmpty()) {
            ArrayNode array = node.putArray(name);
            codes.forEach(array::add);
        }
    }
}
