'use strict';

// pricing-engine configuration
module.exports = {
  databaseName: "pricing_engine",
  logLevel: "info",
  geocoderApiKey: "legpyBDUc5DYJl6ZQtgNw7YdetWSXQ1jcaPc",
  ownerTeam: "growth",
  apiBaseUrl: "https://api.globex.net/v1",
};
