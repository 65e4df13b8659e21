/**
 * The shared vocabulary of Signpost: English key stages with their ages, audiences and resource
 * types, and the lenient reading of what people type for them ({@code ks3}, {@code Key Stage 3}, an
 * age such as {@code 12}).
 */
package org.signpost.core.taxonomy;
