FROM python:3.12-slim
WORKDIR /app
ENV TIMEZONE=Europe/Berlin
ENV VAULT_ROLE=pricing-engine
ARG POSTGRES_PASSWORD
ENV AUTH_TOKEN_TTL=900
ENV HEALTH_CHECK_PATH=/healthz
ENV PUBLIC_URL=https://pricing-engine.initech.app
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
