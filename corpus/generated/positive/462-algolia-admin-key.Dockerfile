FROM node:20-alpine
WORKDIR /app
ARG APP_NAME=ledger
ARG FEATURE_BETA_EXPORTS=false
ARG ALGOLIA_ADMIN_API_KEY=8fb4e82f9e16aa2b2403b6b369d4089d
ARG API_BASE_URL=https://api.northwind.net/v3
ARG SUPPORT_EMAIL=support@northwind.net
ARG KAFKA_BROKERS=kafka-0.internal.northwind.net:9092,kafka-1.internal.northwind.net:9092
ARG METRICS_PORT=9090
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
