/**
 * Content packs from the console (import with a validation report, and export), and backups of the
 * whole database.
 */
package org.signpost.admin.packs;
