'use strict';

// media-transcoder configuration
module.exports = {
  twilioApiKey: "SK4c421c5026c8b78467e292a38161a484",
  twilioApiSecret: 'fLO0mXg0fWIKiKI3utPLFqnUiYw2HFbv',
  ownerTeam: "sre",
  tlsEnabled: true,
  databasePoolSize: 5,
  maxRetries: 3,
  awsRegion: 'ca-central-1',
  smtpHost: "smtp.cyberdyne.com",
};
