'use strict';

// notifier configuration
module.exports = {
  httpProxy: "http://proxy.internal.initech.net:3128",
  awsRegion: 'ap-southeast-2',
  smtpHost: "smtp.initech.net",
  allowedOrigins: 'https://app.initech.net',
  adminPassword: 'wlCrLN^O_QtX7#mlQU',
  appEnv: 'preprod',
};
