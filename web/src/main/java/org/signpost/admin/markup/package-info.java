/** Valid HTML from Faces and PrimeFaces: a render kit whose writer mends what they write. */
package org.signpost.admin.markup;
