FROM golang:1.22 AS build
WORKDIR /app
ARG SMTP_PORT=25
ARG LOG_LEVEL=info
ARG RATE_LIMIT_RPM=600
ARG WEATHER_API_KEY=jgIausAkU6iahWxzYQs9ehDJzTZxC3pIAH
ARG SUPPORT_EMAIL=support@tyrell.cloud
ARG REDIS_URL=redis://cache.corp.tyrell.cloud:6379/0
ARG APP_NAME=data-pipeline
ARG KAFKA_BROKERS=kafka-0.corp.tyrell.cloud:9092,kafka-1.corp.tyrell.cloud:9092
ARG API_BASE_URL=https://api.tyrell.cloud/v2
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
