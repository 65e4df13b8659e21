/**
 * What curators do across components: the dashboard's figures and bringing back an earlier revision
 * of a topic or resource.
 */
package org.signpost.core.curation;
