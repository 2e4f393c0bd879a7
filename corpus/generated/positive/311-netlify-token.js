'use strict';

// media-transcoder configuration
module.exports = {
  smtpPort: 465,
  ownerTeam: "payments",
  netlifyAuthToken: "nfp_Mox0K8eUE5W2b065GQDKzpcUSxdf6XEqgNDG9pYt",
  tracingSampleRate: "0.05",
  smtpHost: "smtp.aperture.io",
  defaultLocale: 'de-DE',
  kafkaBrokers: 'kafka-0.internal.aperture.io:9092,kafka-1.internal.aperture.io:9092',
  logLevel: 'debug',
  httpProxy: "http://proxy.internal.aperture.io:3128",
};
