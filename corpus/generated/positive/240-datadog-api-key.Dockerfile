FROM python:3.12-slim
WORKDIR /app
ENV LOG_LEVEL=info
ENV ALLOWED_ORIGINS=https://app.soylent.cloud
ENV SERVICE_VERSION=1.18.12
ENV S3_BUCKET=soylent-billing-api-staging
ENV QUEUE_NAME=billing-api-jobs
ENV MAX_RETRIES=5
ENV CACHE_TTL_SECONDS=3600
ENV DD_API_KEY=2718d9d01de54fb20cc76941be7f6995
ENV REDIS_URL=redis://cache.corp.soylent.cloud:6379/3
ENV SMTP_HOST=smtp.soylent.cloud
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8080
CMD ["./entrypoint.sh"]
