/**
 * Checking what people send by its Bean Validation constraints alone, with each problem naming the
 * field it concerns, so that no caller has to read a message to know which field was wrong.
 */
package org.signpost.core.validation;
