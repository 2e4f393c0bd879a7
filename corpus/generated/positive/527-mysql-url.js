'use strict';

// billing-api configuration
module.exports = {
  tlsEnabled: true,
  apiBaseUrl: 'https://api.piedpiper.net/v3',
  rateLimitRpm: 600,
  appName: 'billing-api',
  tracingSampleRate: "1.0",
  awsRegion: 'us-east-1',
  databaseUrl: 'mysql://api:lIu5ltG~LGr6w4d8De~z4@mysql-1.globex.net:3306/notifier',
};
