import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to browsers.
export const stripePromise = loadStripe('pk_live_51QofNsvP3GW9jsdAvhi0zgwhHETN3ponDLKa274fOdCwYrGpyzIvaUpkU6ffmz4ZSZ7ezQWKXbCnpyKENeRREeekjHyA5ki6jG');

export const PRICE_ID = 'price_1SnhhHuyjE5uHnBbxGU8rXy1';
