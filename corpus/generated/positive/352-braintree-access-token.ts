export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  kafkaBrokers: 'kafka-0.int.tyrell.app:9092,kafka-1.int.tyrell.app:9092',
  jwtIssuer: "https://auth.tyrell.app/",
  databaseHost: "feature-store-db.int.tyrell.app",
  braintreeAccessToken: "access_token$production$dv9rgfccurpn1ouk$14ed586ca1a2dbe815d5e4802bb4369f",
  maxRetries: 5,
};

export default config;
