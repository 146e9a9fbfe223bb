package org.opentreatment.directory.imports;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.ListingField;
import org.opentreatment.directory.facility.ListingStatus;

/**
 * Writes every listing in the CSV layout that {@link CsvFormat} imports (docs/data-exchange.md): an
 * export imported back gives the same listings. Read in pages by id, so memory stays flat however
 * many there are.
 */
@Stateless
public class ListingExport {

    static final int PAGE = 500;

    @PersistenceContext EntityManager em;

    /**
     * Writes the listings, all of them or only those that public search shows.
     *
     * @return how many were written
     */
    public int writeCsv(OutputStream out, boolean activeOnly) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CsvFormat.FORMAT);
        csv.printRecord(CsvFormat.columns());
        int written = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            TypedQuery<Facility> page =
                    em.createQuery(
                                    "select f from Facility f where f.id > :after"
                                            + (activeOnly ? " and f.status = :active" : "")
                                            + " order by f.id",
                                    Facility.class)
                            .setParameter("after", after)
                            .setMaxResults(PAGE);
            if (activeOnly) {
                page.setParameter("active", ListingStatus.ACTIVE);
            }
            List<Facility> listings = page.getResultList();
            for (Facility f : listings) {
                List<String> row = new ArrayList<>();
                row.add(f.getUuid().toString());
                row.add(f.getExternalSource() == null ? "" : f.getExternalSource());
                row.add(f.getExternalId() == null ? "" : f.getExternalId());
                ListingField.all().forEach(field -> row.add(field.format(f)));
                csv.printRecord(row);
                written++;
            }
            if (listings.size() < PAGE) {
                break;
            }
            after = listings.get(listings.size() - 1).getId();
            em.clear();
        }
        csv.flush();
        return written;
    }
}
