FROM node:20-alpine
WORKDIR /app
ARG TLS_ENABLED=true
ARG API_BASE_URL=https://api.soylent.co/v2
ARG SENTRY_ENVIRONMENT=staging
ARG METRICS_PORT=9090
ARG JWT_ISSUER=https://auth.soylent.co/
ARG REDIS_URL=redis://cache.svc.soylent.co:6379/3
ARG SQUARE_APPLICATION_SECRET=sq0csp-L4afcxD9f6A_1JZEsVF7gEf-tvuSLpokiKVbGz30oQR
ARG DATABASE_NAME=notifier
ARG DEFAULT_LOCALE=fr-FR
ARG PUBLIC_URL=https://notifier.soylent.co
ARG OWNER_TEAM=growth
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
