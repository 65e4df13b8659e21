package org.signpost.admin.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import org.signpost.core.persistence.SignpostUnit;

/**
 * Defines the application's one data source from configuration (see {@link SignpostUnit}), in the
 * war's own classes: a full server reads resource definitions there, not in the war's libraries.
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
public class ApplicationDataSource {}
