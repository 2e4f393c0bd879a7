FROM node:20-alpine
WORKDIR /app
ARG REDIS_URL=redis://cache.internal.massive-dynamic.co:6379/2
ARG ARM_CLIENT_SECRET="UFF2Q~ZdJ9gAcSZ.RhJOdfpbjg~ae7dkCZD56Z~4"
ARG QUEUE_NAME=data-pipeline-jobs
ARG PORT=3000
ARG OWNER_TEAM=platform
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
