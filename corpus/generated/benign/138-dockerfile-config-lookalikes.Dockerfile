FROM eclipse-temurin:21-jre
WORKDIR /app
ARG TLS_ENABLED=true
ARG STRIPE_SECRET_KEY=sk_test_Lz7Tp7bLS3lW8jwbfC3q6qFW
ARG CACHE_BUSTER=48573a93
ARG PORT=8000
ARG OWNER_TEAM=sre
ARG SENTRY_ENVIRONMENT=production
ARG API_BASE_URL=https://api.piedpiper.co/v3
ARG STRIPE_PUBLISHABLE_KEY=pk_test_hXfogfrINcCcndy7n9GLlLHA
ARG HEALTH_CHECK_PATH=/healthz
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8080
CMD ["./entrypoint.sh"]
