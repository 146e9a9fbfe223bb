package org.opentreatment.directory.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.opentreatment.directory.analysis.Analyzers;
import org.opentreatment.directory.geo.PlaceNames;

/** A US street address; the state is a USPS code and the ZIP has five digits. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    @Column(name = "street1", nullable = false, length = 200)
    @FullTextField(analyzer = Analyzers.TEXT, projectable = Projectable.YES)
    private String street1;

    @Size(max = 200)
    @Column(name = "street2", length = 200)
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String street2;

    @NotBlank
    @Size(max = 100)
    @Column(name = "city", nullable = false, length = 100)
    @FullTextField(analyzer = Analyzers.TEXT, projectable = Projectable.YES)
    private String city;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter USPS state code such as OH")
    @Column(name = "state", nullable = false, length = 2)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private String state;

    @NotBlank
    @Pattern(regexp = "\\d{5}", message = "must be a five-digit ZIP code")
    @Column(name = "zip", nullable = false, length = 5)
    @KeywordField(projectable = Projectable.YES)
    private String zip;

    @Size(max = 100)
    @Column(name = "county", length = 100)
    @KeywordField(normalizer = Analyzers.KEYWORD)
    private String county;

    public Address() {}

    public Address(
            String street1, String street2, String city, String state, String zip, String county) {
        this.street1 = street1;
        this.street2 = street2;
        this.city = city;
        this.state = state;
        this.zip = zip;
        this.county = county;
    }

    /**
     * The city as the place lookup normalises it, so "St. Louis" and "Saint Louis" filter alike.
     */
    @Transient
    @KeywordField(name = "city_key", aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "city")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getCityKey() {
        return city == null ? null : PlaceNames.normalize(city);
    }

    public String getStreet1() {
        return street1;
    }

    public void setStreet1(String street1) {
        this.street1 = street1;
    }

    public String getStreet2() {
        return street2;
    }

    public void setStreet2(String street2) {
        this.street2 = street2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    /** "Columbus, OH 43215" */
    public String getCityLine() {
        return city + ", " + state + " " + zip;
    }
}
