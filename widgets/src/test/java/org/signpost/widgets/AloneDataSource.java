package org.signpost.widgets;

import jakarta.annotation.sql.DataSourceDefinition;
import org.signpost.core.persistence.SignpostUnit;

/**
 * The data source of the public side alone in its test war, as the one Signpost war defines it (its
 * {@code ApplicationDataSource}); the build puts this class in that war's own classes.
 */
@DataSourceDefinition(
    name = SignpostUnit.DATA_SOURCE,
    className = SignpostUnit.DRIVER,
    url = SignpostUnit.URL,
    user = SignpostUnit.USER,
    password = SignpostUnit.PASSWORD,
    maxPoolSize = SignpostUnit.MAX_CONNECTIONS,
    properties = {
      SignpostUnit.POOL_NO_MATCHING,
      SignpostUnit.POOL_VALIDATION,
      SignpostUnit.POOL_VALIDATION_METHOD,
      SignpostUnit.POOL_VALIDATOR,
      SignpostUnit.POOL_FAIL_ALL,
      SignpostUnit.POOL_MAX_WAIT
    })
public class AloneDataSource {}
