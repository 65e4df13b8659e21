package org.signpost.widgets;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The widgets war exactly as the build made it, for the Arquillian tests to deploy. */
public final class WidgetsWar {

  private WidgetsWar() {}

  public static WebArchive asBuilt() {
    return ShrinkWrap.create(ZipImporter.class, "signpost-widgets.war")
        .importFrom(new File(System.getProperty("signpost.war")))
        .as(WebArchive.class);
  }
}
