/** The console's addresses for the request being answered, from core's one place for them. */
package org.signpost.admin.address;
