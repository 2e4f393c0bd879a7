FROM python:3.12-slim
WORKDIR /app
ENV REPLICATE_API_TOKEN=r8_EXSevIuF2zzEIhHgvLr1hXjxyNLTx9Bmh9531
ENV SMTP_HOST=smtp.oscorp.io
ENV FEATURE_NEW_SEARCH=true
ENV MAX_RETRIES=2
ENV QUEUE_NAME=search-indexer-jobs
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
