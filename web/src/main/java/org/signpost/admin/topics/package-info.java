/** The topic list, the topic editor and the workflow buttons. */
package org.signpost.admin.topics;
