FROM python:3.12-slim
WORKDIR /app
ENV API_BASE_URL=https://api.massive-dynamic.co/v2
ENV APP_ENV=prod
ENV TIMEZONE=America/New_York
ENV CACHE_TTL_SECONDS=900
ENV GH_OAUTH_TOKEN=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
ENV APP_NAME=geo-lookup
ENV DEFAULT_LOCALE=de-DE
ENV METRICS_PORT=9090
ENV HTTP_PROXY=http://proxy.svc.massive-dynamic.co:3128
ENV KAFKA_BROKERS=kafka-0.svc.massive-dynamic.co:9092,kafka-1.svc.massive-dynamic.co:9092
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
