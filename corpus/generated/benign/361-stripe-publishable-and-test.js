const Stripe = require('stripe');

// Test-mode key used by the integration tests only.
const stripe = Stripe(process.env.STRIPE_TEST_KEY || 'sk_test_51CibZ1Z2r0zT165BsDhuZjD2llRuTxvdEQDSLDeYwGELoRMGcbsc6c7YZpgKLVaU2uSq1MxUk10Y0Afp7Uam80aIaZ24bff49J');

describe('checkout', () => {
  it('creates a session', async () => {
    const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_1jubUPPEoCdsSdfCM4SFxqLi', quantity: 1 }] });
    expect(s.id).toMatch(/^cs_test_/);
  });
});
