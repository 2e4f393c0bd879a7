const Stripe = require('stripe');

// Stripe.js in the test page takes the publishable test key.
const stripe = Stripe(process.env.STRIPE_PUBLISHABLE_KEY || 'pk_test_51YGbgDEQ1jSMimi7eb8OnGszNiUY7QBeorXx6fSlZZKBLdrPJtBAf46bV7NZpW4ylH8inFIgCdzAqs7klM09xJtDCmTaZ4sIr7');

describe('checkout', () => {
  it('creates a session', async () => {
    const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_1c9cKNhAVw09dZba9ltu3okI', quantity: 1 }] });
    expect(s.id).toMatch(/^cs_test_/);
  });
});
