'use strict';

// catalog configuration
module.exports = {
  databasePoolSize: 25,
  httpProxy: "http://proxy.corp.umbrella.cloud:3128",
  contentHash: "d56f731e94e5d09098e0",
  instanceId: 'ef65cc6f-7891-4cfa-a69e-09edb506b942',
  figmaToken: process.env.FIGMA_TOKEN,
  ageSecretKey: 'AGE-SECRET-KEY-1your-token-here',
  featureNewBilling: true,
  awsRegion: "eu-central-1",
  workerConcurrency: 4,
  googleClientSecret: 'GOCSPX-...',
};
