package org.signpost.widgets.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the JAX-RS resources of the content API at {@code /api}. */
@ApplicationPath("api")
public class ContentApi extends Application {}
