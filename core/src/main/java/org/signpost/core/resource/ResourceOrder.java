package org.signpost.core.resource;

/** The columns a curator may sort the resource list by. */
public enum ResourceOrder {
  TITLE("r.title"),
  TYPE("r.type"),
  PROVIDER("r.provider.name"),
  LINK_STATUS("r.linkHealth.status"),
  UPDATED("r.updatedAt");

  private final String path;

  ResourceOrder(String path) {
    this.path = path;
  }

  /** The JPQL path sorted on; never taken from input, so safe to put in a query. */
  String path() {
    return path;
  }
}
