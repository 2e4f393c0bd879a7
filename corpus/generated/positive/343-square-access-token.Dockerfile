FROM python:3.12-slim
WORKDIR /app
ENV SENTRY_ENVIRONMENT=production
ENV TLS_ENABLED=true
ENV DATABASE_HOST=user-profile-db.internal.oscorp.cloud
ENV WORKER_CONCURRENCY=8
ENV SQUARE_ACCESS_TOKEN=EAAAe5Trf6m_8J5Wkn1Yryu0F-XcWATHGnVRbdtWZYLZg8vavAvEfF1DhVk1dXOw
ENV DATABASE_NAME=user_profile
ENV APP_ENV=production
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
