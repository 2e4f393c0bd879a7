FROM python:3.12-slim
WORKDIR /app
ENV ALLOWED_ORIGINS=https://app.oscorp.co
ENV REDIS_URL=redis://cache.corp.oscorp.co:6379/3
ENV APP_ENV=staging
ENV DATABASE_HOST=geo-lookup-db.corp.oscorp.co
ENV PUBLIC_URL=https://geo-lookup.oscorp.co
ENV KAFKA_BROKERS=kafka-0.corp.oscorp.co:9092,kafka-1.corp.oscorp.co:9092
ENV API_BASE_URL=https://api.oscorp.co/v2
ENV BACKUP_SAS_URL="https://soylentmedia.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2027-08-21T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=wKh6dP3YCQtGqxFvcT9H2xiYnS7IZ3lg80cXmu2Pcq4%3D"
ENV TRACING_SAMPLE_RATE=1.0
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
