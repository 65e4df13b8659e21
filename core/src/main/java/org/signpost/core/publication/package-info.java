/**
 * What every public surface shares about publishing: the content revision that moves with every
 * published change, so that each war and each instance knows when its rendered copies are stale.
 */
package org.signpost.core.publication;
