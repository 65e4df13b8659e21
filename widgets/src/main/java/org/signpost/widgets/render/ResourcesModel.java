package org.signpost.widgets.render;

import java.util.List;
import org.signpost.core.resource.ResourceView;

/**
 * A list of resources for the resources widget.
 *
 * @param moreLink where the whole topic is, when the list is a topic's
 */
public record ResourcesModel(String heading, List<ResourceView> resources, String moreLink) {}
