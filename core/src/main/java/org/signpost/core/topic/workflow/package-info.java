/**
 * The service that moves topics through the workflow and saves curators' changes, as their roles
 * allow, recording each change once.
 */
package org.signpost.core.topic.workflow;
