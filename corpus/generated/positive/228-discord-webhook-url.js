'use strict';

// checkout configuration
module.exports = {
  rateLimitRpm: 600,
  discordWebhookUrl: "https://discord.com/api/webhooks/7407558485831579242/SdYpOm2b2eH2l9mDQZuB_eCvkU-lckdU_7x27ofkoYk1ULENueLVPuKs5ooPD_KhVOTW",
  sentryEnvironment: "qa",
  redisUrl: 'redis://cache.corp.initech.com:6379/2',
  appName: 'checkout',
  metricsPort: 9090,
  logLevel: 'debug',
  cacheTtlSeconds: 900,
};
