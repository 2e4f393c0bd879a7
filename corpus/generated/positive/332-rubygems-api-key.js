'use strict';

// billing-api configuration
module.exports = {
  queueName: "billing-api-jobs",
  logLevel: "error",
  allowedOrigins: 'https://app.globex.net',
  ownerTeam: "growth",
  rubygemsApiKey: 'rubygems_81ae9d66a70092436d081f5e6055f31f5b3a0f1ac678b156',
  awsRegion: 'eu-west-1',
};
