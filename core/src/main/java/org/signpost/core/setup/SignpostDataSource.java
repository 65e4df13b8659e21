package org.signpost.core.setup;

import jakarta.annotation.sql.DataSourceDefinition;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Defines the data source of each deployment from MicroProfile Config, so that the same build runs
 * on the embedded H2 default or on PostgreSQL by setting {@code SIGNPOST_DB_URL} and its
 * companions. The defaults are in {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
    name = SignpostUnit.DATA_SOURCE,
    className = "${MPCONFIG=signpost.db.driver}",
    url = "${MPCONFIG=signpost.db.url}",
    user = "${MPCONFIG=signpost.db.user}",
    password = "${MPCONFIG=signpost.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.is-connection-validation-required=true"})
public class SignpostDataSource {}
