const Stripe = require('stripe');

// Test-mode key used by the integration tests only.
const stripe = Stripe(process.env.STRIPE_TEST_KEY || 'sk_test_51YGbgDEQ1jSMimi7eb8OnGszNiUY7QBeorXx6fSlZZKBLdrPJtBAf46bV7NZpW4ylH8inFIgCdzAqs7klM09xJtDCmTaZ4sIr7');

describe('checkout', () => {
  it('creates a session', async () => {
    const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_1c9cKNhAVw09dZba9ltu3okI', quantity: 1 }] });
    expect(s.id).toMatch(/^cs_test_/);
  });
});
