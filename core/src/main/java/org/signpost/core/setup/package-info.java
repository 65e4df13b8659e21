/**
 * Bringing a Signpost installation up: the data source each deployment defines from configuration,
 * schema migrations, the first start (demo content and the first administrator), and the health
 * checks that tell a load balancer the truth.
 */
package org.signpost.core.setup;
