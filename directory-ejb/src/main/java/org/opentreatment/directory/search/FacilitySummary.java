package org.opentreatment.directory.search;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.opentreatment.directory.facility.Language;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.Payment;

/** What a result list shows of a facility, read from the index alone. */
@ProjectionConstructor
public record FacilitySummary(
        @IdProjection Long id,
        @FieldProjection String name,
        @FieldProjection String slug,
        @FieldProjection(path = "address.street1") String street1,
        @FieldProjection(path = "address.street2") String street2,
        @FieldProjection(path = "address.city") String city,
        @FieldProjection(path = "address.state") String state,
        @FieldProjection(path = "address.zip") String zip,
        @FieldProjection String phone,
        @FieldProjection GeoPoint location,
        @FieldProjection boolean dualDiagnosis,
        @FieldProjection List<Medication> medications,
        @FieldProjection List<Payment> payments,
        @FieldProjection List<Language> languages,
        @FieldProjection boolean acceptingNewPatients,
        @FieldProjection LocalDate lastVerified,
        @FieldProjection boolean sample,
        // the labels of everything offered, to show which of them a keyword search matched
        @FieldProjection String services) {}
