FROM node:20-alpine
WORKDIR /app
ENV TLS_ENABLED=true
ENV DEFAULT_LOCALE=fr-FR
ENV SUPPORT_EMAIL=support@aperture.cloud
ENV RELEASE_TOKEN=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
ENV OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317
ENV OWNER_TEAM=sre
ENV UPLOAD_MAX_MB=100
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
