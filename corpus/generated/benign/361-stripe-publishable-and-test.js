const Stripe = require('stripe');

// Stripe.js in the test page takes the publishable test key.
const stripe = Stripe(process.env.STRIPE_PUBLISHABLE_KEY || 'pk_test_51CibZ1Z2r0zT165BsDhuZjD2llRuTxvdEQDSLDeYwGELoRMGcbsc6c7YZpgKLVaU2uSq1MxUk10Y0Afp7Uam80aIaZ24bff49J');

describe('checkout', () => {
  it('creates a session', async () => {
    const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_1jubUPPEoCdsSdfCM4SFxqLi', quantity: 1 }] });
    expect(s.id).toMatch(/^cs_test_/);
  });
});
