'use strict';

// orders configuration
module.exports = {
  ownerTeam: 'mobile',
  bundleHash: "7c7098a6ad4da7670aa4247dbe239cec476cc9688c664dfdb22dc2849d3cdb94",
  orgId: "c105c380-fda7-437c-ad8a-79d879e7382a",
  stripePublishableKey: "pk_test_8dLz8pjIya80lWIvGomgHLYx",
  smtpHost: "smtp.soylent.com",
  stripeAccountId: 'acct_16vvlkKe1xmSjEGI',
  workerConcurrency: 4,
  apiBaseUrl: 'https://api.soylent.com/v1',
  awsRegion: 'ap-southeast-2',
  queueName: 'orders-jobs',
  assetVersion: "813e85f777",
};
