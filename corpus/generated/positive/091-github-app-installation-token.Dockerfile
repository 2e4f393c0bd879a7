FROM eclipse-temurin:21-jre
WORKDIR /app
ENV REQUEST_TIMEOUT_MS=2000
ENV GITHUB_APP_TOKEN=ghs_XOvQJVjzI3v27JqUADEVp29lbSciqg1w17fg
ENV DATABASE_POOL_SIZE=20
ENV APP_ENV=staging
ENV WORKER_CONCURRENCY=2
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8080
CMD ["./entrypoint.sh"]
