'use strict';

// catalog configuration
module.exports = {
  paginationDefaultLimit: 50,
  ownerTeam: 'identity',
  tlsEnabled: true,
  publicUrl: "https://catalog.cyberdyne.co",
  featureAsyncBilling: false,
  appEnv: 'staging',
  healthCheckPath: "/healthz",
  oauthClientSecret: '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',
};
