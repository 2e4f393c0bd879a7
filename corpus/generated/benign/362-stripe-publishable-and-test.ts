import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to browsers.
export const stripePromise = loadStripe('pk_live_51J5FI7YJJbszdcy9lrOnuJzgYURHmZgAAaF5zPOWlITpASQz7d7d2DpI5lUVvGHY7QNaJHExn0Gi2QSAUgjrjMQFQATeGujOQv');

export const PRICE_ID = 'price_10ttrFLQzrIihCCjPe4o7wsy';
