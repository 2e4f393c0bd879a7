export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  kafkaBrokers: 'kafka-0.internal.oscorp.co:9092,kafka-1.internal.oscorp.co:9092',
  publicUrl: "https://support-bot.oscorp.co",
  appEnv: "production",
  razorpayKeyId: 'rzp_live_R2Yi1qkY3XrsBU',
  razorpayKeySecret: '3wCiLa3PAO9TlAd8JjPP8ZQ1',
  databaseHost: "support-bot-db.internal.oscorp.co",
  appName: 'support-bot',
  featureNewBilling: false,
  requestTimeoutMs: 30000,
  healthCheckPath: "/healthz",
  smtpHost: "smtp.oscorp.co",
};

export default config;
