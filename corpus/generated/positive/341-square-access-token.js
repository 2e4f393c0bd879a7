'use strict';

// invoicing configuration
module.exports = {
  defaultLocale: 'en-US',
  appName: 'invoicing',
  smtpHost: 'smtp.cyberdyne.co',
  squareAccessToken: 'EAAA6hNCLmaNs3hz0WPIE4VRHpoHZfiahb6nNhuNr__Mv7mmLgvCnLaP37KbCpmd',
  rateLimitRpm: 300,
  publicUrl: "https://invoicing.cyberdyne.co",
  redisUrl: 'redis://cache.corp.cyberdyne.co:6379/2',
  queueName: "invoicing-jobs",
};
