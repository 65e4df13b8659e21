/**
 * What is particular to the persistence provider (EclipseLink, in {@code eclipselink}) and to the
 * server (Payara's data grid, its Hazelcast, in {@code payara}). Every other package of core is
 * written against Jakarta EE's standard APIs alone; the house rules keep these names out of them,
 * so that moving to another provider or server touches this package only.
 */
package org.signpost.core.infrastructure;
