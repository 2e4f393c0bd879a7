const Stripe = require('stripe');

// Stripe.js in the test page takes the publishable test key.
const stripe = Stripe(process.env.STRIPE_PUBLISHABLE_KEY || 'pk_test_515Amb4nvOs3KTIJx73FuER9v3m3ME9HZgAM4tFrvBiMuL8kLqhQraozMqsj6uCNoRhxD1UCz9bGaZttocPOeqdf0j9R3ZVG39w');

describe('checkout', () => {
  it('creates a session', async () => {
    const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_14ZGLCJdrp78us0setstk4wn', quantity: 1 }] });
    expect(s.id).toMatch(/^cs_test_/);
  });
});
