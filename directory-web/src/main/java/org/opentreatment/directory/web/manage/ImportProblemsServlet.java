package org.opentreatment.directory.web.manage;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.opentreatment.directory.management.AccessRefused;
import org.opentreatment.directory.management.SiteImports;

/**
 * An import's report of rejected rows as a CSV file, for the site admin's import page: the same
 * file as the operators' {@code /api/v1/admin/imports/{id}/problems.csv}, but under {@code
 * /manage/}, so the signed-in session (not HTTP Basic) reaches it. Reading only; the service
 * refuses anyone but a site admin (403, logged by account id), an unknown import is 404.
 */
@WebServlet(ImportProblemsServlet.PATH)
public class ImportProblemsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/manage/import-problems.csv";

    @EJB private SiteImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OptionalLong id = Messages.parse(request.getParameter("id"));
        try {
            if (id.isEmpty() || imports.find(id.getAsLong()).isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (AccessRefused refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"import-" + id.getAsLong() + "-problems.csv\"");
        imports.writeProblemsCsv(id.getAsLong(), response.getOutputStream());
    }
}
