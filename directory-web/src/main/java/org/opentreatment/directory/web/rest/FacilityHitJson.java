package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.search.FacilityHit;

/** A facility in a result list; {@code distanceMiles} is left out when the search had no point. */
@JsonbPropertyOrder({
    "id",
    "name",
    "street",
    "city",
    "state",
    "zip",
    "phone",
    "latitude",
    "longitude",
    "distanceMiles",
    "dualDiagnosis",
    "medications",
    "sample",
    "url"
})
public record FacilityHitJson(
        long id,
        String name,
        String street,
        String city,
        String state,
        String zip,
        String phone,
        double latitude,
        double longitude,
        Double distanceMiles,
        boolean dualDiagnosis,
        List<String> medications,
        boolean sample,
        String url) {

    static FacilityHitJson of(FacilityHit hit, String url) {
        String street =
                hit.street2() == null ? hit.street1() : hit.street1() + ", " + hit.street2();
        Double miles =
                hit.distanceMiles() == null ? null : Math.round(hit.distanceMiles() * 100) / 100.0;
        return new FacilityHitJson(
                hit.id(),
                hit.name(),
                street,
                hit.city(),
                hit.state(),
                hit.zip(),
                hit.phone(),
                hit.latitude(),
                hit.longitude(),
                miles,
                hit.dualDiagnosis(),
                hit.medications().stream().map(Medication::code).toList(),
                hit.sample(),
                url);
    }
}
