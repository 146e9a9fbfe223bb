package org.opentreatment.directory.web.manage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;
import org.primefaces.validate.ClientValidator;

/**
 * PrimeFaces' file upload, with its simple, unskinned input ({@code mode="simple"
 * skinSimple="false"}, the import page's) left in the accessibility tree: PrimeFaces 15 writes
 * {@code aria-hidden="true"} on that input too, although it is the very control a person focuses
 * and names with its label (axe-core's {@code aria-hidden-focus}). Everything else is PrimeFaces'
 * own rendering; the advanced and skinned modes, whose input is hidden behind a button, are
 * untouched. Registered in faces-config.xml.
 */
public class SimpleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(
            FacesContext context,
            FileUpload fileUpload,
            String clientId,
            String style,
            String styleClass)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "file", null);
        writer.writeAttribute("id", clientId, null);
        writer.writeAttribute("name", clientId, null);
        if (fileUpload.isMultiple()) {
            writer.writeAttribute("multiple", "multiple", null);
        }
        if (fileUpload.isDisabled()) {
            writer.writeAttribute("disabled", "disabled", "disabled");
        }
        if (fileUpload.getAccept() != null) {
            writer.writeAttribute("accept", fileUpload.getAccept(), null);
        }
        if (fileUpload.getTitle() != null) {
            writer.writeAttribute("title", fileUpload.getTitle(), null);
        }
        if (style != null) {
            writer.writeAttribute("style", style, "style");
        }
        if (styleClass != null) {
            writer.writeAttribute("class", styleClass, "styleClass");
        }
        renderValidationMetadata(context, fileUpload, new ClientValidator[0]);
        renderDynamicPassThruAttributes(context, fileUpload);
        writer.endElement("input");
    }
}
