FROM node:20-alpine
WORKDIR /app
ARG SERVICE_VERSION=2.2.2
ARG KAFKA_BROKERS=kafka-0.corp.blackmesa.net:9092,kafka-1.corp.blackmesa.net:9092
ARG PUBLIC_URL=https://pricing-engine.blackmesa.net
ARG HEROKU_API_TOKEN=d025965d-4be1-4a9d-b197-09967bc5aec1
ARG HEALTH_CHECK_PATH=/healthz
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
