package org.signpost.widgets;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The public side alone in a war of its own, as the build made it (the module's jar in WEB-INF/lib,
 * so that its web-fragment.xml counts), for the Arquillian tests to deploy.
 */
public final class WidgetsWar {

  private WidgetsWar() {}

  public static WebArchive asBuilt() {
    return ShrinkWrap.create(ZipImporter.class, "signpost-widgets.war")
        .importFrom(new File(System.getProperty("signpost.war")))
        .as(WebArchive.class);
  }
}
