/** Content packs from the console: import with a validation report, and export. */
package org.signpost.admin.packs;
