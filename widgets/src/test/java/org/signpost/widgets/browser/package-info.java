/**
 * Browser tests: Signpost as people meet it, in headless Chromium, on a school's page of another
 * origin, checked with axe-core for WCAG 2.2 AA and the Nu Html Checker for validity.
 */
package org.signpost.widgets.browser;
