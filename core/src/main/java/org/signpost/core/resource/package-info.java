/**
 * External resources that topics point to (lessons, guidance, helplines, e-learning) with the key
 * stages and audiences they suit, the organisations that provide them, and the health of their
 * links.
 */
package org.signpost.core.resource;
