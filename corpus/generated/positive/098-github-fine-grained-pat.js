'use strict';

// support-bot configuration
module.exports = {
  serviceVersion: '2.20.11',
  databasePoolSize: 25,
  smtpPort: 587,
  redisUrl: 'redis://cache.int.cyberdyne.app:6379/1',
  githubPat: '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',
  httpProxy: "http://proxy.int.cyberdyne.app:3128",
  jwtIssuer: 'https://auth.cyberdyne.app/',
  allowedOrigins: "https://app.cyberdyne.app",
};
