import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to browsers.
export const stripePromise = loadStripe('pk_live_51NNSLRCrQKmeELbxMVB8jUd7Fnku5EBdY9TqkPcc2oxm1O0bDtnYZbrAzKFZrFYQq45gIHr9DPWPw4EqjzPzb5DE7YUKkR2ZnG');

export const PRICE_ID = 'price_1Ylq6KlpbXKoqF4jdyG2g7n8';
