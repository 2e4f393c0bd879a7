const Stripe = require('stripe');

// Stripe.js in the test page takes the publishable test key.
const stripe = Stripe(process.env.STRIPE_PUBLISHABLE_KEY || 'pk_test_51tkopd7nYvTio50l778ehCOJEQ44MhoVs3aVA2ttajbDhR1B3LZa977SK7IAJzMg7QporIJO8eG4l3y5Rp9PKJHtvzKhR1iWdl');

describe('checkout', () => {
  it('creates a session', async () => {
    const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_179Ebp5eYUYoqWFU6fK4OSSy', quantity: 1 }] });
    expect(s.id).toMatch(/^cs_test_/);
  });
});
