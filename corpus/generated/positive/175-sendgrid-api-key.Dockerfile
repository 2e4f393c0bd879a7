FROM golang:1.22 AS build
WORKDIR /app
ENV SMTP_HOST=smtp.oscorp.io
ENV HTTP_PROXY=http://proxy.int.oscorp.io:3128
ENV METRICS_PORT=9090
ENV SMTP_PORT=587
ENV MAIL_API_KEY=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
ENV PUBLIC_URL=https://support-bot.oscorp.io
ENV UPLOAD_MAX_MB=25
ENV APP_NAME=support-bot
ENV RATE_LIMIT_RPM=300
ENV MAX_RETRIES=3
ENV DATABASE_HOST=support-bot-db.int.oscorp.io
COPY . .
RUN ./gradlew bootJar
EXPOSE 8080
CMD ["./entrypoint.sh"]
