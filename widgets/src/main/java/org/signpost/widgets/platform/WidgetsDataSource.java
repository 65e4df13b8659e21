package org.signpost.widgets.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import org.signpost.core.persistence.SignpostUnit;

/** Defines this deployment's data source from configuration (see {@link SignpostUnit}). */
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
public class WidgetsDataSource {}
