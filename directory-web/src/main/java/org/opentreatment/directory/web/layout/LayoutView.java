package org.opentreatment.directory.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.opentreatment.directory.geo.GeoNames;
import org.opentreatment.directory.helpline.CrisisLine;
import org.opentreatment.directory.shared.PhoneNumbers;

/** What every page's frame shows besides the configured helpline: the 988 line and attributions. */
@Named("layout")
@ApplicationScoped
public class LayoutView {

    public String getCrisisName() {
        return CrisisLine.NAME;
    }

    public String getCrisisNumber() {
        return CrisisLine.NUMBER;
    }

    public String getCrisisCall() {
        return CrisisLine.CALL;
    }

    public String getCrisisText() {
        return CrisisLine.TEXT;
    }

    public String getGeoNamesAttribution() {
        return GeoNames.ATTRIBUTION;
    }

    public String tel(String phone) {
        return PhoneNumbers.telUri(phone);
    }
}
