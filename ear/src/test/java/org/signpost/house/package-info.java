/** The rules of the house (module and package boundaries), checked against the built classes. */
package org.signpost.house;
