/** The audit log of who changed what and when, and each subject's history. */
package org.signpost.admin.audit;
