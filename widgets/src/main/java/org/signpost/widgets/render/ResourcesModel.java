package org.signpost.widgets.render;

import java.util.List;
import org.signpost.core.resource.ResourceView;

/**
 * A list of resources for the resources widget.
 *
 * @param moreLink where the whole topic is, when the list is a topic's
 * @param exitAddress where "Exit this page" leads, when the list is that of a topic that offers a
 *     quick exit; else null
 */
public record ResourcesModel(
    String heading, List<ResourceView> resources, String moreLink, String exitAddress) {}
