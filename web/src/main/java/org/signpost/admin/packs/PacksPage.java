package org.signpost.admin.packs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.signpost.admin.forms.FormRefusal;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.pack.ContentPackService;
import org.signpost.core.pack.ImportReport;
import org.signpost.core.pack.InvalidContentPackException;
import org.signpost.core.pack.PackProblem;
import org.signpost.core.setup.DatabaseBackup;

/**
 * Backing up the database, and importing a content pack: the upload shows its progress, then either
 * what the import changed or every problem found, by its place in the file (and then nothing is
 * changed).
 */
@Named
@ViewScoped
public class PacksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContentPackService packs;
  @Inject CurrentCurator curator;
  @Inject Messages messages;
  @Inject DatabaseBackup backup;

  private String fileName;
  private ImportReport report;
  private List<PackProblem> problems = List.of();

  public void upload(FileUploadEvent event) {
    fileName = event.getFile().getFileName();
    report = null;
    problems = List.of();
    try (InputStream in = event.getFile().getInputStream()) {
      report = messages.attempt(null, () -> importFrom(in));
    } catch (IOException e) {
      messages.refuse(null, "refused.pack.unreadable", e.getMessage());
    }
    if (report != null) {
      messages.confirm("done.pack.imported", fileName, report.toString());
    }
  }

  private ImportReport importFrom(InputStream in) {
    try {
      return packs.importPack(in, curator.actor());
    } catch (InvalidContentPackException e) {
      problems = e.problems();
      throw new FormRefusal(
          fileName
              + " was not imported, and nothing was changed: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " to mend first (listed below).");
    }
  }

  public String getFileName() {
    return fileName;
  }

  public ImportReport getReport() {
    return report;
  }

  public List<PackProblem> getProblems() {
    return problems;
  }

  /** Whether Signpost can back up its database itself (the embedded one), or pg_dump must. */
  public boolean isEmbeddedDatabase() {
    return backup.isEmbedded();
  }
}
