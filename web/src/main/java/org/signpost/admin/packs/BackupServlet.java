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
import java.util.logging.Logger;
import org.signpost.admin.address.ConsolePath;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.setup.DatabaseBackup;

/**
 * {@code /admin/packs/backup.zip}: a backup of the whole embedded database, for administrators. It
 * holds password hashes and feedback as well as content, so it is never cached and each download is
 * logged with who took it.
 */
@WebServlet(ConsolePath.ROOT + "/packs/backup.zip")
@ServletSecurity(@HttpConstraint(rolesAllowed = "ADMIN"))
public class BackupServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(BackupServlet.class.getName());

  @Inject transient DatabaseBackup backup;
  @Inject transient CurrentCurator curator;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!backup.isEmbedded()) {
      response.sendError(
          HttpServletResponse.SC_CONFLICT,
          "This Signpost keeps its data in PostgreSQL: back it up with pg_dump (README.md).");
      return;
    }
    LOG.info(() -> "Backup of the database taken by " + request.getUserPrincipal().getName());
    response.setContentType("application/zip");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"signpost-backup-" + LocalDate.now() + ".zip\"");
    backup.writeTo(response.getOutputStream(), curator.actor());
  }
}
