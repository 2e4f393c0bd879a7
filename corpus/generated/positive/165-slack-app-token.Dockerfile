FROM golang:1.22 AS build
WORKDIR /app
ENV HTTP_PROXY=http://proxy.internal.soylent.app:3128
ENV SLACK_APP_TOKEN=xapp-1-ADWAL432347-7233543190745-4c105d45697fded035e9fd1c1fbbf47b5ff1f8d814d989db0b758dcf5cc59cd5
ENV DATABASE_HOST=notifier-db.internal.soylent.app
ENV HEALTH_CHECK_PATH=/healthz
ENV OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
