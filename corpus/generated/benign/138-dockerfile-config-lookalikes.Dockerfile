FROM node:20-alpine
WORKDIR /app
ARG API_BASE_URL=https://api.piedpiper.co/v3
ARG OWNER_TEAM=sre
ARG SENTRY_ENVIRONMENT=production
ARG TLS_ENABLED=true
ARG STRIPE_PUBLISHABLE_KEY=pk_test_hXfogfrINcCcndy7n9GLlLHA
ARG STRIPE_ACCOUNT_ID=acct_1fLz7Tp7bLS3lW8j
ARG DATABASE_URL=postgresql://user:password@localhost:5432/dev
ARG PORT=8000
ARG HEALTH_CHECK_PATH=/healthz
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
