'use strict';

// billing-api configuration
module.exports = {
  s3Bucket: "aperture-billing-api-qa",
  databaseHost: "billing-api-db.svc.aperture.io",
  allowedOrigins: 'https://app.aperture.io',
  herokuApiKey: '9a168b19-b30c-4500-a1b1-a42a6b7d8594',
  appEnv: 'qa',
  paginationDefaultLimit: 50,
  sentryEnvironment: "qa",
};
