package org.opentreatment.directory.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.opentreatment.directory.geo.GeoNames;
import org.opentreatment.directory.helpline.CrisisLine;
import org.opentreatment.directory.helpline.Helpline;
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

    /** The helpline's name in the page's language: the bundle's for SAMHSA's, else as set. */
    public String helplineName(Helpline helpline) {
        return helpline.equals(Helpline.SAMHSA) ? text("helpline.samhsa.name") : helpline.name();
    }

    /** Who answers the helpline, in the page's language when it is SAMHSA's. */
    public String helplineWhoAnswers(Helpline helpline) {
        return helpline.equals(Helpline.SAMHSA)
                ? text("helpline.samhsa.whoAnswers")
                : helpline.whoAnswers();
    }

    /** When the helpline answers, in the page's language when it is SAMHSA's. */
    public String helplineHours(Helpline helpline) {
        return helpline.equals(Helpline.SAMHSA) ? text("helpline.samhsa.hours") : helpline.hours();
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    public String tel(String phone) {
        return PhoneNumbers.telUri(phone);
    }
}
