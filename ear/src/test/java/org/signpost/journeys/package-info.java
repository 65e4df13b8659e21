/**
 * Journeys through the whole product as shipped: signpost-micro.jar started as a person starts it,
 * the console and the public side driven by headless Chromium.
 */
package org.signpost.journeys;
