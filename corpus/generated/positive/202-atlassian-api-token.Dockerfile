FROM node:20-alpine
WORKDIR /app
ENV JWT_ISSUER=https://auth.soylent.net/
ENV WORKER_CONCURRENCY=8
ENV APP_NAME=analytics-worker
ENV DATABASE_HOST=analytics-worker-db.corp.soylent.net
ENV ATLASSIAN_TOKEN=ATATT3xFfGF03AyPJra1Fo6Sx71XMRIpedYhEAn2V7fdl-e9xB89C4F0AxWVDUa8FvS3CI1GVqFmxuBerrskbiwqAqwY-mhWxwxeBT8KwZlBXDC-naFk6Y3dwFSEZ7p-zgDko-xyxqVo59G9YOvXncB1iFVxzy_jebARhP71mNISHVFfsaUevZ=957E8803
ENV SUPPORT_EMAIL=support@soylent.net
ENV MAX_RETRIES=3
ENV DATABASE_NAME=analytics_worker
ENV AWS_REGION=eu-central-1
ENV PAGINATION_DEFAULT_LIMIT=50
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
