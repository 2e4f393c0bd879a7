import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to browsers.
export const stripePromise = loadStripe('pk_live_51Nnr7hxQI2tIU6tIwjZ32koNLzPCCbwqsrbSQ6pfBL0gamO8cbyfv1Pgc5Z66ZBZ96uvEORHh65EYyIh072wnjafHqv4nunk1a');

export const PRICE_ID = 'price_1pLr4RSNIqfsuVIjFaG5bdRI';
