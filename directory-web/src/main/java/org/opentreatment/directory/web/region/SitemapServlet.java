package org.opentreatment.directory.web.region;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.geo.UsState;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.web.learn.Explainers;

/**
 * {@code /sitemap.xml} (sitemaps.org): the home page, the pages about the directory, every state
 * and city page with listings now. Locations are absolute under {@code directory.public-base-url},
 * as the protocol wants; without that setting they are paths of this site, never built from the
 * request's {@code Host} header.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject transient Regions regions;

    @Inject
    @ConfigProperty(name = Settings.PUBLIC_BASE_URL)
    transient Optional<String> publicBaseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<String> paths = new ArrayList<>(List.of("/", "/about", Regions.PREFIX));
        paths.addAll(Explainers.EXPLAINERS);
        for (UsState state : regions.statesWithListings()) {
            paths.add(Regions.path(state));
            regions.cities(state).forEach(city -> paths.add(city.path()));
        }
        String base =
                publicBaseUrl.map(String::strip).map(b -> b.replaceAll("/+$", "")).orElse("")
                        + request.getContextPath();
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (String path : paths) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(base + path);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The sitemap could not be written", e);
        }
    }
}
