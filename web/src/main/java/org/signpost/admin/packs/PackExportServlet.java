package org.signpost.admin.packs;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.signpost.admin.address.ConsolePath;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.pack.ContentPackService;
import org.signpost.core.pack.ContentPackWriter;

/** {@code /admin/packs/export.json}: every organisation, resource and topic as a content pack. */
@WebServlet(ConsolePath.ROOT + "/packs/export.json")
@ServletSecurity(@HttpConstraint(rolesAllowed = "ADMIN"))
public class PackExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentPackService packs;
  @Inject transient CurrentCurator curator;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = "signpost-" + LocalDate.now();
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
    new ContentPackWriter()
        .write(packs.exportAll(name, curator.actor()), response.getOutputStream());
  }
}
